package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.ReportReference;

/**
 * An adviser reads the internal notes of a case, oldest first: the case team's own record, which
 * the reporter can never see. Every reading is audited, as an opening of the case is.
 */
public interface ReadNotesUseCase {

  /**
   * The notes, if the session's holder may work the case; a case they may not work is {@link
   * Failure.NotFound}, exactly as one that does not exist.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case
   * @return the notes, oldest first, or why not (one of {@link LookUpFailure})
   */
  Outcome<List<ViewCaseUseCase.Note>, LookUpFailure> read(SessionToken session, Command command);

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
