package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.crypto.Secrets;
import org.confide.application.crypto.Totp;
import org.confide.application.port.out.Authenticators;
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
    NOT_PROVEN
  }

  /** What a member is told of an app code that does not match, in words they can act on. */
  static final String CODE_NOT_RIGHT =
      "That code is not right: enter the 6 digits your app shows now, and check the time on your"
          + " phone is set automatically";

  private final Authenticators authenticators;
  private final Secrets secrets;
  private final Clock clock;

  SecondFactors(Authenticators authenticators, Secrets secrets, Clock clock) {
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The second factor this member proved with the code {@code typed}: none needed when they have
   * not set up two-factor sign-in, else a code of their authenticator not used before, or one of
   * their recovery codes, used up now. Runs inside the caller's transaction.
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
    if (Totp.looksLikeCode(code.get())) {
      var step = Totp.matchingStep(authenticator.get().secret(), code.get(), clock.instant());
      return step.isPresent() && authenticators.accept(member, step.getAsLong())
          ? Proof.AUTHENTICATOR_CODE
          : Proof.NOT_PROVEN;
    }
    return RecoveryCode.parse(code.get())
        .filter(recovery -> authenticators.useRecoveryCode(member, secrets.digest(recovery)))
        .map(used -> Proof.RECOVERY_CODE)
        .orElse(Proof.NOT_PROVEN);
  }
}
