package org.confide.application.port.in;

/**
 * Whether a session is a reporter's: for a route to refuse someone without one before it reads what
 * they sent.
 */
public interface IdentifyReporterUseCase {

  /**
   * {@link Outcome.Done} when {@code session} is a live reporter session, {@link
   * Failure.Unauthenticated} otherwise; it says nothing about the report.
   *
   * @param session the reporter's session, from {@link OpenReporterSessionUseCase}
   * @return {@link Outcome.Ok} for a live reporter session, or why not (one of {@link
   *     SessionDenial})
   */
  Outcome<Outcome.Ok, SessionDenial> identify(SessionToken session);
}
