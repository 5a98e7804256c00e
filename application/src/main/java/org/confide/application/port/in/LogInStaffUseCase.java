package org.confide.application.port.in;

/** A staff member logs in with email and password. */
public interface LogInStaffUseCase {

  /**
   * Opens a staff session. A wrong password, an unknown email and a deactivated account get the
   * same answer, {@link Outcome.Unauthenticated}, after the same amount of work.
   */
  Outcome<SessionGrant> logIn(String email, char[] password);
}
