package org.confide.application.port.in;

/**
 * Whether a session is a reporter's: for a route to refuse someone without one before it reads what
 * they sent.
 */
public interface IdentifyReporterUseCase {

  /**
   * {@link Outcome.Done} when {@code session} is a live reporter session, {@link
   * Failure.Unauthenticated} otherwise; it says nothing about the report.
   */
  Outcome<Outcome.Ok, SessionDenial> identify(SessionToken session);
}
