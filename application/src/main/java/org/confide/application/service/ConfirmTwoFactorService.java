package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.ConfirmTwoFactorUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionRequestFailure;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Authenticators;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.session.Session;
import org.confide.domain.shared.ProblemCode;

/** Sets up a staff member's two-factor sign-in once their app proves it holds the secret. */
public final class ConfirmTwoFactorService implements ConfirmTwoFactorUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final SessionResolver resolver;
  private final Authenticators authenticators;
  private final RandomGenerator random;
  private final Secrets secrets;
  private final Clock clock;
  private final Notifier notifier;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param resolver turns session tokens into their holders, and opens and ends sessions
   * @param authenticators staff members' authenticators and recovery codes
   * @param random the source of references, codes and ids
   * @param secrets the keyed digests under the server secret
   * @param clock the time read for due dates, expiry and the audit trail
   * @param notifier tells the staff member that new recovery codes were made
   */
  public ConfirmTwoFactorService(
      Gate gate,
      Auditor auditor,
      SessionResolver resolver,
      Authenticators authenticators,
      RandomGenerator random,
      Secrets secrets,
      Clock clock,
      Notifier notifier) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.random = Objects.requireNonNull(random, "random");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
  }

  @Override
  public Outcome<Confirmed, SessionRequestFailure> confirm(SessionToken session, Command command) {
    var code = command.code();
    return gate.asSignedIn(
        session,
        SessionRequestFailure::from,
        member -> {
          var found = authenticators.find(member.id());
          if (found.isEmpty()) {
            return Outcome.failed(Failure.Refused.of(ProblemCode.TWO_FACTOR_START_FIRST));
          }
          if (found.get().confirmed()) {
            return Outcome.failed(Failure.Refused.of(ALREADY_SET_UP));
          }
          if (code.isBlank()) {
            return Outcome.failed(Failure.Invalid.of("code", ProblemCode.TWO_FACTOR_CODE));
          }
          var step = Totp.matchingStep(found.get().secret(), code, clock.instant());
          if (step.isEmpty()) {
            return Outcome.failed(Failure.Invalid.of("code", ProblemCode.TWO_FACTOR_CODE_WRONG));
          }
          var issued = RecoveryCodes.issue(random, secrets);
          authenticators.save(member.id(), found.get().confirm(step.getAsLong(), issued.digests()));
          notifier.tellMember(NotificationKind.RECOVERY_CODES_ISSUED, member);
          // A session that could do little becomes one that can do everything: a new token. The
          // audit event comes last.
          resolver.end(session, true);
          var renewed = resolver.open(new Session.Subject.Staff(member.id()));
          auditor.audit(Actor.staff(member.id()), AuditAction.TWO_FACTOR_SET_UP);
          return Outcome.done(new Confirmed(renewed, issued.shown()));
        });
  }
}
