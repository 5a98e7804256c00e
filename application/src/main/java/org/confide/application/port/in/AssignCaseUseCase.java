package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;

/** An adviser or a safeguarding lead gives a case to an adviser. */
public interface AssignCaseUseCase {

  /**
   * Assigns the case to the staff member with the address given, who must be active and able to
   * work cases (else {@link Failure.Invalid} on {@code assignee}). An adviser may assign a case
   * from the queue or one of their own; handing on someone else's case is a lead's decision. A
   * closed case is {@link Failure.Refused}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case, to whom
   * @return {@link Outcome.Ok} once the case is assigned (and so open), or why not (one of {@link
   *     CaseChangeFailure})
   */
  Outcome<Outcome.Ok, CaseChangeFailure> assign(SessionToken session, Command command);

  /**
   * Which case, to whom.
   *
   * @param reference the case
   * @param assignee the address of the adviser to give it to
   */
  record Command(ReportReference reference, EmailAddress assignee) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(assignee, "assignee must not be null");
    }
  }
}
