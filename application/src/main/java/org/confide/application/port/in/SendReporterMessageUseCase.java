package org.confide.application.port.in;

import java.util.Objects;

/** A reporter writes to the case team. */
public interface SendReporterMessageUseCase {

  /**
   * Adds the message to the thread. {@link Failure.Invalid} on {@code body} when it is missing, too
   * long, or contains the reporter's own access code (anyone who read the message could then open
   * the report); {@link Failure.Refused} once the case is closed.
   *
   * @param session the reporter's session, from {@link OpenReporterSessionUseCase}
   * @param command what the reporter wrote
   * @return the message as stored, or why not (one of {@link SessionRequestFailure})
   */
  Outcome<ThreadView.MessageView, SessionRequestFailure> send(
      SessionToken session, Command command);

  /**
   * What the reporter wrote.
   *
   * @param body the message as typed
   */
  record Command(String body) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(body, "body must not be null");
    }

    @Override
    public String toString() {
      return "SendReporterMessage[hidden]";
    }
  }
}
