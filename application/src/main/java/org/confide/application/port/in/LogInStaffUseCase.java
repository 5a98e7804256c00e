package org.confide.application.port.in;

/**
 * A staff member logs in with email and password, and with a code from their authenticator app (or
 * a recovery code) once they have set up two-factor sign-in.
 */
public interface LogInStaffUseCase {

  /**
   * Opens a staff session. A wrong password, an unknown email, a deactivated account, and a
   * missing, wrong or already used code all get the same answer, {@link Outcome.Unauthenticated}. A
   * member who has not set up two-factor sign-in needs no code; where it is required, their session
   * opens only the setting up (see {@link SetUpTwoFactorUseCase}).
   *
   * @param code the six digits from the authenticator app, or a recovery code; null or blank when
   *     the member has none
   */
  Outcome<SessionGrant> logIn(String email, char[] password, String code);

  /** {@link #logIn(String, char[], String)} with no code. */
  default Outcome<SessionGrant> logIn(String email, char[] password) {
    return logIn(email, password, null);
  }
}
