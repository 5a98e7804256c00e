package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.shared.ReportReference;

/** An adviser takes a case for themselves. */
public interface TakeCaseUseCase {

  /**
   * Assigns the case to the session's holder: a case from the queue, or one of their own (which
   * changes nothing); taking someone else's case is a lead's decision ({@link Failure.Forbidden}
   * for an adviser). A closed case is {@link Failure.Refused}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case
   * @return {@link Outcome.Ok} once the case is the caller's, or why not (one of {@link
   *     TakeCaseFailure})
   */
  Outcome<Outcome.Ok, TakeCaseFailure> take(SessionToken session, Command command);

  /**
   * Which case.
   *
   * @param reference the case
   */
  record Command(ReportReference reference) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
    }
  }
}
