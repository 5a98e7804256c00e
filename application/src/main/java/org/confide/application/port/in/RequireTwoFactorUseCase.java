package org.confide.application.port.in;

/** An administrator requires two-factor sign-in of every staff member, or stops requiring it. */
public interface RequireTwoFactorUseCase {

  /**
   * Changes the requirement from the settings in force at that moment (audited when it changes).
   */
  Outcome<Outcome.Ok, StaffDenial> require(SessionToken session, Command command);

  /**
   * The requirement wanted.
   *
   * @param required whether two-factor sign-in is required of every staff member
   */
  record Command(boolean required) {

    /** Two-factor sign-in required of every staff member. */
    public static Command on() {
      return new Command(true);
    }

    /** Two-factor sign-in left to each staff member. */
    public static Command off() {
      return new Command(false);
    }
  }
}
