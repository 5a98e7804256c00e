package org.confide.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.confide.application.Confide;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.ConfirmTwoFactorUseCase;
import org.confide.application.port.in.SessionToken;

/**
 * Two-factor sign-in as a staff member's authenticator app does it: set it up for a signed-in
 * member, then compute the six-digit code of any moment from the secret that was shown. Staff must
 * use two-factor sign-in unless the builder turned it off ({@code twoFactorRequired(false)}), so a
 * test of the default uses this to get a staff session that works.
 *
 * <p>A code is valid for its 30-second step (and the steps either side); a code once used is
 * refused, so a test that signs in twice moves its clock on by a step in between.
 */
public final class TwoFactor {

  private TwoFactor() {}

  /**
   * What setting up gave the member.
   *
   * @param session the new session, which has passed the second factor
   * @param secret the shared secret in base32, as the app would be given it
   * @param recoveryCodes the ten one-time recovery codes, as shown once
   */
  public record Enrolled(SessionToken session, String secret, List<String> recoveryCodes) {}

  /**
   * Sets up two-factor sign-in for the holder of {@code session}, proving it with the code of the
   * moment on {@code clock}. Fails the test (by throwing) if either step is refused.
   *
   * @param confide the application
   * @param session a session of the member, signed in with a password
   * @param clock the clock {@code confide} was built with
   * @return the new session, with the secret and recovery codes that were shown
   */
  public static Enrolled setUp(Confide confide, SessionToken session, Clock clock) {
    var enrolment = confide.beginTwoFactor().begin(session).orElseThrow();
    var code = codeAt(enrolment.secret(), clock.instant());
    var confirmed =
        confide
            .confirmTwoFactor()
            .confirm(session, new ConfirmTwoFactorUseCase.Command(code))
            .orElseThrow();
    return new Enrolled(confirmed.session().token(), enrolment.secret(), confirmed.recoveryCodes());
  }

  /**
   * The code an authenticator app shows at {@code at} for {@code secret}: six digits, as typed at
   * sign-in ({@code LogInStaffUseCase.Command.withPassword(...).withCode(code)}).
   *
   * @param secret the member's secret in base32, as {@link Enrolled#secret()} gives it
   * @param at the moment the code is typed, read from the application's clock
   * @return the six-digit code of the 30-second step that holds {@code at}
   * @throws IllegalArgumentException if {@code secret} is not base32
   */
  public static String codeAt(String secret, Instant at) {
    return Totp.code(Totp.fromBase32(secret), Totp.step(at));
  }
}
