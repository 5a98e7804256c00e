package org.confide.application.service;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Session;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;

/**
 * The shared steps of every service: who is acting (resolving and refreshing sessions, with their
 * idle and absolute expiry), and writing the audit trail.
 */
final class Gate {

  private final Context context;

  Gate(Context context) {
    this.context = context;
  }

  Instant now() {
    return context.clock().instant();
  }

  /**
   * Runs {@code work} in one transaction for the active staff member holding this live session, if
   * their roles grant {@code permission}.
   */
  <T> Outcome<T> asStaff(
      SessionToken token, Permission permission, Function<StaffMember, Outcome<T>> work) {
    return asStaff(
        token, staff -> staff.may(permission) ? work.apply(staff) : new Outcome.Forbidden<T>());
  }

  /**
   * Runs {@code work} in one transaction for the active staff member holding this session, once
   * they have set up two-factor sign-in where it is required; until then every staff action is
   * refused with a reason that says so. If the work finds a report changed by someone else
   * meanwhile ({@link #update}), every write it made is undone and the answer is {@link
   * Outcome.Refused} with {@link #CHANGED_MEANWHILE}.
   */
  <T> Outcome<T> asStaff(SessionToken token, Function<StaffMember, Outcome<T>> work) {
    return inTransaction(() -> {
      var member = signedIn(token);
      if (member.isEmpty()) {
        return new Outcome.Unauthenticated<>();
      }
      return mustSetUpTwoFactor(member.get())
          ? new Outcome.Refused<>(SET_UP_TWO_FACTOR_FIRST)
          : work.apply(member.get());
    });
  }

  /**
   * Runs {@code work} in one transaction for the active staff member holding this session, whether
   * or not they still have to set up two-factor sign-in: for setting it up.
   */
  <T> Outcome<T> asSignedIn(SessionToken token, Function<StaffMember, Outcome<T>> work) {
    return inTransaction(() -> signedIn(token).map(work).orElseGet(Outcome.Unauthenticated::new));
  }

  static final String SET_UP_TWO_FACTOR_FIRST =
      "Two-factor sign-in is required of all staff: set it up before anything else";

  /** Whether two-factor sign-in is required and this member has not set it up yet. */
  boolean mustSetUpTwoFactor(StaffMember member) {
    return context.settings().current().staffTwoFactorRequired()
        && !context.authenticators().isConfirmed(member.id());
  }

  /**
   * Runs {@code work} in one transaction on the report whose code opened this live session, undone
   * and refused like {@link #asStaff} if the report was changed by someone else meanwhile.
   */
  <T> Outcome<T> asReporter(SessionToken token, Function<Report, Outcome<T>> work) {
    return inTransaction(() -> reporter(token).map(work).orElseGet(Outcome.Unauthenticated::new));
  }

  private <T> Outcome<T> inTransaction(Supplier<Outcome<T>> work) {
    try {
      return context.transactions().inTransaction(work);
    } catch (ChangedMeanwhile e) {
      return new Outcome.Refused<>(CHANGED_MEANWHILE);
    }
  }

  /** What the second of two people changing one case at once is told. */
  static final String CHANGED_MEANWHILE =
      "Someone else changed this case at the same moment, so nothing was saved. Look at it again,"
          + " then do what you meant to do if it is still needed.";

  /**
   * Stores a changed report; if someone else stored it since it was read, abandons the running
   * transaction (caught by {@link #asStaff} and {@link #asReporter}), so nothing of the use case is
   * kept.
   */
  void update(Report report) {
    if (context.reports().update(report) == Reports.UpdateOutcome.STALE) {
      throw new ChangedMeanwhile();
    }
  }

  /** Thrown inside a transaction to undo it when a report was changed by someone else. */
  private static final class ChangedMeanwhile extends RuntimeException {
    ChangedMeanwhile() {
      super("the report was changed by someone else meanwhile", null, false, false);
    }
  }

  /** The active staff member holding this live session. */
  Optional<StaffMember> signedIn(SessionToken token) {
    return live(token, true)
        .flatMap(session ->
            session.subject() instanceof Session.Subject.Staff staff
                ? context.staff().find(staff.staff())
                : Optional.empty())
        .filter(StaffMember::active);
  }

  /** The report whose code opened this live reporter session. */
  Optional<Report> reporter(SessionToken token) {
    return live(token, false)
        .flatMap(session ->
            session.subject() instanceof Session.Subject.Reporter reporter
                ? context.reports().find(reporter.report())
                : Optional.empty());
  }

  /** Opens a session for {@code subject}. */
  SessionGrant open(Session.Subject subject) {
    var token = SessionToken.generate(context.random());
    var now = now();
    context.sessions().create(new Session(Secrets.digest(token), subject, now, now));
    var policy = context.sessionPolicy();
    var absolute =
        subject instanceof Session.Subject.Staff
            ? policy.staffAbsolute()
            : policy.reporterAbsolute();
    return new SessionGrant(token, now.plus(absolute));
  }

  /** Ends a session, if it is a live session of the kind named ({@code staff} or a reporter's). */
  void end(SessionToken token, boolean staff) {
    if (live(token, staff).isPresent()) {
      context.sessions().remove(Secrets.digest(token));
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
    var now = now();
    var session = context.sessions().find(digest);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    var found = session.get();
    var policy = context.sessionPolicy();
    boolean ofStaff = found.subject() instanceof Session.Subject.Staff;
    var idle = ofStaff ? policy.staffIdle() : policy.reporterIdle();
    var absolute = ofStaff ? policy.staffAbsolute() : policy.reporterAbsolute();
    if (!now.isBefore(found.createdAt().plus(absolute))
        || !now.isBefore(found.lastSeenAt().plus(idle))) {
      context.sessions().remove(digest);
      return Optional.empty();
    }
    if (ofStaff != staff) {
      return Optional.empty();
    }
    if (!now.isBefore(found.lastSeenAt().plus(policy.lastSeenGranularity()))) {
      context.sessions().touch(digest, now);
    }
    return Optional.of(found);
  }

  /** Appends an event about a report. */
  void audit(Actor actor, AuditAction action, ReportReference subject, String detail) {
    context
        .auditTrail()
        .append(
            AuditEvent.of(
                AuditEventId.generate(context.random()), now(), actor, action, subject, detail));
  }

  /** Appends an event about no report in particular. */
  void audit(Actor actor, AuditAction action, String detail) {
    context
        .auditTrail()
        .append(
            AuditEvent.of(AuditEventId.generate(context.random()), now(), actor, action, detail));
  }
}
