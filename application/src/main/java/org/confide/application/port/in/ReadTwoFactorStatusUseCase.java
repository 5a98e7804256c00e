package org.confide.application.port.in;

/**
 * A staff member looks at where they stand with two-factor sign-in. Works with any live staff
 * session, including one that is good for nothing else until it is set up.
 */
public interface ReadTwoFactorStatusUseCase {

  /**
   * Whether the holder has set it up, whether it is required, and recovery codes left.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return whether two-factor sign-in is required and set up, and the recovery codes left, or why
   *     not (one of {@link SessionDenial})
   */
  Outcome<Status, SessionDenial> read(SessionToken session);

  /**
   * Where a staff member stands.
   *
   * @param setUp whether they have set up two-factor sign-in
   * @param required whether it is required of every staff member
   * @param recoveryCodesLeft recovery codes not used yet
   */
  record Status(boolean setUp, boolean required, int recoveryCodesLeft) {
    /** {@return whether the member can do nothing else until they set it up} */
    public boolean mustSetUp() {
      return required && !setUp;
    }
  }
}
