package org.confide.application.port.in;

/** A reporter or a staff member logs out. */
public interface EndSessionUseCase {

  /** Ends the session at once, on every server node; ending an unknown session is not an error. */
  Outcome<Outcome.Ok> end(SessionToken session);
}
