package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.report.Report;
import org.confide.domain.session.Session;
import org.confide.domain.session.SessionPolicy;
import org.confide.domain.staff.StaffMember;

/**
 * Who holds a session token: opens sessions, resolves a token to the staff member or the report it
 * belongs to while the session is live under the {@link SessionPolicy}, and ends sessions.
 */
public final class SessionResolver {

  private final Sessions sessions;
  private final StaffDirectory staffDirectory;
  private final Reports reports;
  private final SessionPolicy policy;
  private final Clock clock;
  private final RandomGenerator random;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param sessions the reporter and staff sessions
   * @param staffDirectory the staff accounts
   * @param reports the reports
   * @param policy how long sessions last, idle and in all
   * @param clock the time read for due dates, expiry and the audit trail
   * @param random the source of references, codes and ids
   */
  public SessionResolver(
      Sessions sessions,
      StaffDirectory staffDirectory,
      Reports reports,
      SessionPolicy policy,
      Clock clock,
      RandomGenerator random) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The active staff member holding this live session. */
  Optional<StaffMember> signedIn(SessionToken token) {
    return staffSession(token).map(SignedIn::member);
  }

  /**
   * The active staff member holding this live session, and whether the organisation's identity
   * provider proved a second factor when it was opened.
   */
  Optional<SignedIn> staffSession(SessionToken token) {
    return live(token, true)
        .flatMap(session ->
            session.subject() instanceof Session.Subject.Staff staff
                ? staffDirectory
                    .find(staff.staff())
                    .filter(StaffMember::active)
                    .map(member -> new SignedIn(member, session.secondFactorByProvider()))
                : Optional.empty());
  }

  /** A staff member signed in, and whether their provider proved a second factor. */
  record SignedIn(StaffMember member, boolean secondFactorByProvider) {}

  /** The report whose code opened this live reporter session. */
  Optional<Report> reporter(SessionToken token) {
    return live(token, false)
        .flatMap(session ->
            session.subject() instanceof Session.Subject.Reporter reporter
                ? reports.find(reporter.report())
                : Optional.empty());
  }

  /**
   * Opens a session for {@code subject}; for a staff member, also notes when they signed in. Call
   * it before the transaction's audit events, which lock the trail's head until the end.
   */
  SessionGrant open(Session.Subject subject) {
    return open(subject, false);
  }

  /**
   * Opens a session for {@code subject}, saying whether the organisation's identity provider proved
   * a second factor (a staff member's single sign-on only).
   */
  SessionGrant open(Session.Subject subject, boolean secondFactorByProvider) {
    var token = SessionToken.generate(random);
    var now = clock.instant();
    sessions.create(new Session(Secrets.digest(token), subject, now, now, secondFactorByProvider));
    if (subject instanceof Session.Subject.Staff staff) {
      staffDirectory.signedIn(staff.staff(), now);
    }
    return new SessionGrant(token, now.plus(policy.absolute(subject)));
  }

  /** Ends a session, if it is a live session of the kind named ({@code staff} or a reporter's). */
  void end(SessionToken token, boolean staff) {
    if (live(token, staff).isPresent()) {
      sessions.remove(Secrets.digest(token));
    }
  }

  /**
   * The session of {@code token} when it is live and of the kind asked for ({@code staff} or a
   * reporter's), used now. Expiry follows the session's own kind, whoever asks, and a session of
   * the other kind is neither refreshed nor ended: a reporter's token sent to a staff route must
   * not keep a reporter's session alive past its shorter idle limit, nor the reverse.
   */
  private Optional<Session> live(SessionToken token, boolean staff) {
    var digest = Secrets.digest(token);
    var now = clock.instant();
    var session = sessions.find(digest);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    var found = session.get();
    if (policy.hasEnded(found, now)) {
      sessions.remove(digest);
      return Optional.empty();
    }
    if ((found.subject() instanceof Session.Subject.Staff) != staff) {
      return Optional.empty();
    }
    if (policy.isUseWorthRecording(found, now)) {
      sessions.touch(digest, now);
    }
    return Optional.of(found);
  }
}
