package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;

/** An adviser opens, closes or reopens a case. */
public interface ChangeCaseStatusUseCase {

  /**
   * Moves the case to the status, keeping the reason as an internal note (it may say something
   * about the people involved, so it is not written into the audit trail). A move the case's state
   * does not allow (back to NEW) is {@link Failure.Refused}; a missing or overlong reason is {@link
   * Failure.Invalid} on {@code reason}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case, to what status, and why
   * @return {@link Outcome.Ok} once the status is changed, or why not (one of {@link
   *     CaseChangeFailure})
   */
  Outcome<Outcome.Ok, CaseChangeFailure> change(SessionToken session, Command command);

  /**
   * Which case, to what status, and why.
   *
   * @param reference the case
   * @param status the status to move it to
   * @param reason why, as typed
   */
  record Command(ReportReference reference, ReportStatus status, String reason) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(status, "status must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public String toString() {
      return "ChangeCaseStatus[" + reference + ", " + status + "]";
    }
  }
}
