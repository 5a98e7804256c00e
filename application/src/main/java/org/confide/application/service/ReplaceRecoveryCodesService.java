package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.RecoveryCodesFailure;
import org.confide.application.port.in.ReplaceRecoveryCodesUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Authenticators;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Authenticator;

/**
 * Replaces a member's recovery codes once they prove a code from their app that was not used
 * before: a recovery code does not do, so that one left in a drawer cannot make new ones.
 */
public final class ReplaceRecoveryCodesService implements ReplaceRecoveryCodesUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Authenticators authenticators;
  private final RandomGenerator random;
  private final Secrets secrets;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in, and runs the work
   *     in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param authenticators staff members' authenticators and recovery codes
   * @param random the source of the new codes
   * @param secrets keys the hashes of the recovery codes
   * @param clock the time the app's code is checked against
   */
  public ReplaceRecoveryCodesService(
      Gate gate,
      Auditor auditor,
      Authenticators authenticators,
      RandomGenerator random,
      Secrets secrets,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.random = Objects.requireNonNull(random, "random");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<List<String>, RecoveryCodesFailure> replace(
      SessionToken session, Command command) {
    var code = command.code().strip();
    return gate.asAnyStaff(
        session,
        RecoveryCodesFailure::from,
        member -> {
          var found = authenticators.find(member.id()).filter(Authenticator::confirmed);
          if (found.isEmpty()) {
            return Outcome.failed(Failure.Refused.of(ProblemCode.TWO_FACTOR_SET_UP_FIRST));
          }
          if (!Totp.looksLikeCode(code)) {
            return Outcome.failed(Failure.Invalid.of("code", ProblemCode.TWO_FACTOR_CODE_NOW));
          }
          var step = Totp.matchingStep(found.get().secret(), code, clock.instant());
          if (step.isEmpty() || !authenticators.accept(member.id(), step.getAsLong())) {
            return Outcome.failed(Failure.Invalid.of("code", ProblemCode.TWO_FACTOR_CODE_WRONG));
          }
          var issued = RecoveryCodes.issue(random, secrets);
          var accepted = authenticators.find(member.id()).orElseThrow();
          authenticators.save(member.id(), accepted.withRecoveryCodes(issued.digests()));
          auditor.audit(Actor.staff(member.id()), AuditAction.RECOVERY_CODES_REPLACED);
          return Outcome.done(issued.shown());
        });
  }
}
