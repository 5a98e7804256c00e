package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;

/** An adviser opens, closes or reopens a case. */
public interface ChangeCaseStatusUseCase {

  /**
   * Moves the case to the status, keeping the reason as an internal note (it may say something
   * about the people involved, so it is not written into the audit trail). A move the case's state
   * does not allow (back to NEW) is {@link Failure.Refused}; a missing or overlong reason is {@link
   * Failure.Invalid} on {@code reason}. Closing a case records its outcome, chosen from the
   * administrator's list ({@link ReadClosingChoicesUseCase}), and its tags: no outcome while the
   * list offers some, or an outcome or tag the lists do not offer, is {@link Failure.Invalid} on
   * {@code outcome} or {@code tags[i]}, as is an outcome or tag given for any other status.
   * Reopening a case forgets its outcome. The outcome is audited by key.
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
   * @param outcome the key of the outcome, when closing
   * @param tags the keys of the tags, when closing; none if there are none
   */
  record Command(
      ReportReference reference,
      ReportStatus status,
      String reason,
      Optional<String> outcome,
      List<String> tags) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(status, "status must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
      Objects.requireNonNull(outcome, "outcome must be Optional, not null");
      tags = List.copyOf(tags);
    }

    /**
     * A move with no outcome or tags: to open or reopen a case, or to close one while the list of
     * outcomes is empty.
     *
     * @param reference the case
     * @param status the status to move it to
     * @param reason why, as typed
     */
    public Command(ReportReference reference, ReportStatus status, String reason) {
      this(reference, status, reason, Optional.empty(), List.of());
    }

    /**
     * Closing a case with an outcome and tags.
     *
     * @param reference the case
     * @param reason why, as typed
     * @param outcome the key of the outcome
     * @param tags the keys of the tags
     * @return the command
     */
    public static Command close(
        ReportReference reference, String reason, String outcome, List<String> tags) {
      return new Command(reference, ReportStatus.CLOSED, reason, Optional.of(outcome), tags);
    }

    @Override
    public String toString() {
      return "ChangeCaseStatus[" + reference + ", " + status + "]";
    }
  }
}
