package org.confide.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * A staff member logs in with email and password, and with a code from their authenticator app (or
 * a recovery code) once they have set up two-factor sign-in.
 */
public interface LogInStaffUseCase {

  /**
   * Opens a staff session. A wrong password, an unknown or malformed email, a deactivated account,
   * and a missing, wrong or already used code all get the same answer, {@link
   * Failure.Unauthenticated}. A member who has not set up two-factor sign-in needs no code; where
   * it is required, their session opens only the setting up (see {@link BeginTwoFactorUseCase}).
   * After 5 wrong codes in a row, the account's code sign-in pauses, for a minute at first and
   * twice as long after each further wrong code (an hour at most): while it is paused, every
   * sign-in to the account is {@link Failure.Throttled}, with nothing checked. The password is
   * wiped from the command once read.
   *
   * @param command the credentials as typed
   * @return the new session and when it expires at the latest, or why not (one of {@link
   *     SignInDenial})
   */
  Outcome<SessionGrant, SignInDenial> logIn(Command command);

  /**
   * The credentials as typed: the email is read by the use case, so that a malformed one costs what
   * an unknown one does and is audited alike.
   *
   * @param email the email as typed
   * @param password the password, wiped once read
   * @param code the six digits from the authenticator app, or a recovery code, if given
   */
  record Command(String email, char[] password, Optional<String> code) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(email, "email must not be null");
      Objects.requireNonNull(password, "password must not be null");
      Objects.requireNonNull(code, "code must be Optional, not null");
    }

    /**
     * A sign-in with email and password alone, for a member without two-factor sign-in (or where it
     * is not required).
     *
     * @param email the email as typed
     * @param password the password, wiped once read
     * @return the command
     */
    public static Command withPassword(String email, char[] password) {
      return new Command(email, password, Optional.empty());
    }

    /**
     * This sign-in with a second factor.
     *
     * @param code the six digits the authenticator app shows now (spaces allowed), or an unused
     *     recovery code
     * @return a new command; this one is unchanged
     */
    public Command withCode(String code) {
      return new Command(email, password, Optional.of(code));
    }

    @Override
    public String toString() {
      return "LogInStaff[hidden]";
    }
  }
}
