package org.confide.application.port.in;

/** An administrator requires two-factor sign-in of every staff member, or stops requiring it. */
public interface RequireTwoFactorUseCase {

  /**
   * Changes the requirement from the settings in force at that moment (audited when it changes).
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command the requirement wanted
   * @return {@link Outcome.Ok} once the requirement is in force, or why not (one of {@link
   *     StaffDenial})
   */
  Outcome<Outcome.Ok, StaffDenial> require(SessionToken session, Command command);

  /**
   * The requirement wanted.
   *
   * @param required whether two-factor sign-in is required of every staff member
   */
  record Command(boolean required) {

    /** {@return a command requiring two-factor sign-in of every staff member} */
    public static Command on() {
      return new Command(true);
    }

    /** {@return a command leaving two-factor sign-in to each staff member} */
    public static Command off() {
      return new Command(false);
    }
  }
}
