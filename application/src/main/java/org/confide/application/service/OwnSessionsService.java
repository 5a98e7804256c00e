package org.confide.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.OwnSessionFailure;
import org.confide.application.port.in.OwnSessionsUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.application.port.out.Sessions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.session.Session;
import org.confide.domain.session.SessionPolicy;
import org.confide.domain.staff.StaffMember;

/** A staff member's own sessions: listed, and ended one at a time. */
public final class OwnSessionsService implements OwnSessionsUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Sessions sessions;
  private final Secrets secrets;
  private final SessionPolicy sessionPolicy;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in, and runs the work
   *     in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param sessions the reporter and staff sessions
   * @param secrets makes each session's id from its digest, under the server secret
   * @param sessionPolicy when a session ends
   * @param clock the time
   */
  public OwnSessionsService(
      Gate gate,
      Auditor auditor,
      Sessions sessions,
      Secrets secrets,
      SessionPolicy sessionPolicy,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.sessionPolicy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<List<ActiveSession>, StaffSessionDenial> list(SessionToken session) {
    var asking = Secrets.digest(session);
    return gate.asAnyStaff(
        session,
        denial -> denial,
        member ->
            Outcome.done(
                active(member).stream()
                    .map(s ->
                        new ActiveSession(
                            idOf(s),
                            s.createdAt(),
                            s.lastSeenAt(),
                            expiry(s),
                            s.digest().equals(asking)))
                    .toList()));
  }

  @Override
  public Outcome<Outcome.Ok, OwnSessionFailure> end(SessionToken session, Command command) {
    return gate.asAnyStaff(
        session,
        OwnSessionFailure::from,
        member -> {
          var found = active(member).stream().filter(s -> idOf(s).equals(command.id())).findFirst();
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          sessions.remove(found.get().digest());
          auditor.audit(Actor.staff(member.id()), AuditAction.SESSION_ENDED);
          return Outcome.ok();
        });
  }

  private List<Session> active(StaffMember member) {
    var now = clock.instant();
    return sessions.all(new Session.Subject.Staff(member.id())).stream()
        .filter(s -> !sessionPolicy.hasEnded(s, now))
        .toList();
  }

  // Keyed, and cut to 128 bits: an id opens nothing, and tells nothing of the token's digest.
  private String idOf(Session session) {
    return secrets.keyedDigest("session-id", session.digest().hex()).substring(0, 32);
  }

  private Instant expiry(Session session) {
    var absolute = session.createdAt().plus(sessionPolicy.absolute(session.subject()));
    var idle = session.lastSeenAt().plus(sessionPolicy.idle(session.subject()));
    return absolute.isBefore(idle) ? absolute : idle;
  }
}
