package org.confide.application.port.in;

/** A reporter or a staff member logs out. */
public interface EndSessionUseCase {

  /** Whose session a caller means to end: each sign-out ends only its own kind. */
  enum Holder {
    REPORTER,
    STAFF
  }

  /**
   * Ends the session at once, on every server node, if it is a live session of {@code holder}.
   * Ending an unknown session, or one of the other kind, is not an error and changes nothing: a
   * reporter's sign-out cannot end a staff member's session, nor the reverse.
   */
  Outcome<Outcome.Ok> end(SessionToken session, Holder holder);
}
