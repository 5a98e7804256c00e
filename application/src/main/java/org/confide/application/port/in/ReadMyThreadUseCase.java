package org.confide.application.port.in;

/** A reporter reads their thread with the case team. */
public interface ReadMyThreadUseCase {

  /**
   * The thread; staff messages are marked read by the reporter.
   *
   * @param session the reporter's session, from {@link OpenReporterSessionUseCase}
   * @return the thread as the reporter sees it, or why not (one of {@link SessionDenial})
   */
  Outcome<ThreadView, SessionDenial> read(SessionToken session);
}
