package org.confide.application.port.in;

import java.util.Objects;

/** A reporter or a staff member logs out. */
public interface EndSessionUseCase {

  /**
   * Ends the session at once, on every server node, if it is a live session of the holder the
   * command names. Ending an unknown session, or one of the other kind, is not an error and changes
   * nothing: a reporter's sign-out cannot end a staff member's session, nor the reverse.
   *
   * @param session the session to end, reporter's or staff member's
   * @param command whose sign-out this is
   */
  void end(SessionToken session, Command command);

  /** Whose session a caller means to end: each sign-out ends only its own kind. */
  enum Holder {
    /** A reporter, signed in with their access code. */
    REPORTER,
    /** A staff member. */
    STAFF
  }

  /**
   * Which kind of session to end.
   *
   * @param holder whose sign-out this is
   */
  record Command(Holder holder) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(holder, "holder must not be null");
    }

    /** {@return a reporter's sign-out} */
    public static Command reporter() {
      return new Command(Holder.REPORTER);
    }

    /** {@return a staff member's sign-out} */
    public static Command staff() {
      return new Command(Holder.STAFF);
    }
  }
}
