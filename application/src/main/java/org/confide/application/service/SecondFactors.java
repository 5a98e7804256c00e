package org.confide.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.crypto.Secrets;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.Failure;
import org.confide.application.port.out.Authenticators;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.RecoveryCode;
import org.confide.domain.staff.StaffId;

/**
 * Confide's own second factor at sign-in, whichever way the first was proven (a password, or the
 * organisation's identity provider): a code of the member's authenticator app not used before, or
 * one of their recovery codes, used up now.
 */
final class SecondFactors {

  /** What a sign-in proved beyond the first factor. */
  enum Proof {
    /** Nothing: the member has not set up two-factor sign-in. */
    NONE_SET_UP,
    AUTHENTICATOR_CODE,
    RECOVERY_CODE,
    /** The code was missing, wrong or already used. */
    NOT_PROVEN,
    /** The member's code sign-in is paused after too many wrong codes: the code was not checked. */
    PAUSED
  }

  /** The wrong codes in a row an account may give before its code sign-in pauses. */
  static final int WRONG_CODES_BEFORE_PAUSE = 5;

  /** The first pause; each wrong code after it doubles the pause, up to {@link #LONGEST_PAUSE}. */
  static final Duration FIRST_PAUSE = Duration.ofMinutes(1);

  /** The longest pause. */
  static final Duration LONGEST_PAUSE = Duration.ofHours(1);

  private final Auditor auditor;
  private final Authenticators authenticators;
  private final Secrets secrets;
  private final Clock clock;

  SecondFactors(Auditor auditor, Authenticators authenticators, Secrets secrets, Clock clock) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The second factor this member proved with the code {@code typed}: none needed when they have
   * not set up two-factor sign-in, else a code of their authenticator not used before, or one of
   * their recovery codes, used up now. While the member's code sign-in is paused, no code is
   * checked; a wrong code is counted, and the {@value #WRONG_CODES_BEFORE_PAUSE}th in a row and
   * every one after it pause code sign-in (audited); a right one forgets the wrong ones. Runs
   * inside the caller's transaction.
   */
  Proof prove(StaffId member, Optional<String> typed) {
    var authenticator = authenticators.find(member).filter(Authenticator::confirmed);
    if (authenticator.isEmpty()) {
      return Proof.NONE_SET_UP;
    }
    var code = typed.filter(given -> !given.isBlank());
    if (code.isEmpty() || code.get().length() > 64) {
      return Proof.NOT_PROVEN;
    }
    if (paused(member).isPresent()) {
      return Proof.PAUSED;
    }
    var proof = check(member, authenticator.get(), code.get());
    if (proof == Proof.NOT_PROVEN) {
      countWrongCode(member);
    } else {
      authenticators.forgetWrongCodes(member);
    }
    return proof;
  }

  /**
   * Whether the member's code sign-in is paused now, as the failure a sign-in answers.
   *
   * @return how long the member waits before a code is checked again; empty if it is not paused
   */
  Optional<Failure.Throttled> paused(StaffId member) {
    var now = clock.instant();
    return authenticators
        .codesPausedUntil(member)
        .filter(now::isBefore)
        .map(until -> new Failure.Throttled(Duration.between(now, until)));
  }

  private Proof check(StaffId member, Authenticator authenticator, String code) {
    if (Totp.looksLikeCode(code)) {
      var step = Totp.matchingStep(authenticator.secret(), code, clock.instant());
      return step.isPresent() && authenticators.accept(member, step.getAsLong())
          ? Proof.AUTHENTICATOR_CODE
          : Proof.NOT_PROVEN;
    }
    return RecoveryCode.parse(code)
        .filter(recovery -> authenticators.useRecoveryCode(member, secrets.digest(recovery)))
        .map(used -> Proof.RECOVERY_CODE)
        .orElse(Proof.NOT_PROVEN);
  }

  private void countWrongCode(StaffId member) {
    var wrong = authenticators.countWrongCode(member);
    if (wrong < WRONG_CODES_BEFORE_PAUSE) {
      return;
    }
    var pause = pauseAfter(wrong);
    authenticators.pauseCodes(member, clock.instant().plus(pause));
    auditor.audit(
        Actor.staff(member),
        AuditAction.CODE_SIGN_IN_PAUSED,
        AuditDetail.of(AuditDetailCode.CODES_PAUSED, wrong, pause.toMinutes()));
  }

  /**
   * The pause after this many wrong codes in a row: {@link #FIRST_PAUSE} at the {@value
   * #WRONG_CODES_BEFORE_PAUSE}th, doubling with each after it, never more than {@link
   * #LONGEST_PAUSE}.
   */
  static Duration pauseAfter(int wrongCodes) {
    var doublings = Math.min(Math.max(0, wrongCodes - WRONG_CODES_BEFORE_PAUSE), 16);
    var pause = FIRST_PAUSE.multipliedBy(1L << doublings);
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }
}
