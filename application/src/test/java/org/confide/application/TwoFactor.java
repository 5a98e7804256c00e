package org.confide.application;

import java.time.Clock;
import java.util.List;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.ConfirmTwoFactorUseCase;
import org.confide.application.port.in.SessionToken;

/** Sets up two-factor sign-in the way a staff member would, for tests that need staff to work. */
public final class TwoFactor {

  private TwoFactor() {}

  /** What setting up gave: the new session, the secret (base32) and the recovery codes. */
  public record Enrolled(SessionToken session, String secret, List<String> recoveryCodes) {}

  /**
   * Sets up two-factor sign-in for the holder of {@code session}, proving it with the code of the
   * moment on {@code clock}, and returns the new session with what was shown.
   */
  public static Enrolled setUp(Confide confide, SessionToken session, Clock clock) {
    var enrolment = confide.beginTwoFactor().begin(session).orElseThrow();
    var code = Totp.code(Totp.fromBase32(enrolment.secret()), Totp.step(clock.instant()));
    var confirmed =
        confide
            .confirmTwoFactor()
            .confirm(session, new ConfirmTwoFactorUseCase.Command(code))
            .orElseThrow();
    return new Enrolled(confirmed.session().token(), enrolment.secret(), confirmed.recoveryCodes());
  }
}
