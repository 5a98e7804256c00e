package org.confide.application.port.in;

/** A reporter writes to the case team. */
public interface SendReporterMessageUseCase {

  /**
   * Adds the message to the thread. Refused when the body contains the reporter's own access code:
   * anyone who read the message could then open the report.
   */
  Outcome<ThreadView.MessageView> send(SessionToken session, String body);
}
