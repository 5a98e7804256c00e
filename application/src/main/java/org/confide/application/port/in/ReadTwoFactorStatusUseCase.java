package org.confide.application.port.in;

/**
 * A staff member looks at where they stand with two-factor sign-in. Works with any live staff
 * session, including one that is good for nothing else until it is set up.
 */
public interface ReadTwoFactorStatusUseCase {

  /** Whether the holder has set it up, whether it is required, and recovery codes left. */
  Outcome<Status, SessionDenial> read(SessionToken session);

  /**
   * Where a staff member stands.
   *
   * @param setUp whether they have set up two-factor sign-in
   * @param required whether it is required of every staff member
   * @param recoveryCodesLeft recovery codes not used yet
   */
  record Status(boolean setUp, boolean required, int recoveryCodesLeft) {
    /** Whether the member can do nothing else until they set it up. */
    public boolean mustSetUp() {
      return required && !setUp;
    }
  }
}
