package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.shared.ReportReference;

/** An adviser replies to the reporter in the case's thread. */
public interface ReplyToReporterUseCase {

  /**
   * Posts the reply, marking the reporter's messages read by the team. A reporter who did not ask
   * for anonymous messaging cannot be written to here ({@link Failure.Refused}); a missing or
   * overlong body is {@link Failure.Invalid} on {@code body}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case, and what to say
   * @return the message as stored, or why not (one of {@link CaseActionFailure})
   */
  Outcome<ThreadView.MessageView, CaseActionFailure> reply(SessionToken session, Command command);

  /**
   * Which case, and what to say.
   *
   * @param reference the case
   * @param body the message as typed
   */
  record Command(ReportReference reference, String body) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(body, "body must not be null");
    }

    @Override
    public String toString() {
      return "ReplyToReporter[" + reference + "]";
    }
  }
}
