package org.confide.application.port.in;

/** A reporter reads their thread with the case team. */
public interface ReadMyThreadUseCase {

  /** The thread; staff messages are marked read by the reporter. */
  Outcome<ThreadView, SessionDenial> read(SessionToken session);
}
