package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.shared.ReportReference;

/** An adviser adds an internal note to a case, which the reporter can never see. */
public interface AddNoteUseCase {

  /**
   * Adds the note. A missing or overlong body is {@link Failure.Invalid} on {@code body}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case, and the note
   * @return {@link Outcome.Ok} once the note is stored, or why not (one of {@link NoteFailure})
   */
  Outcome<Outcome.Ok, NoteFailure> add(SessionToken session, Command command);

  /**
   * Which case, and the note.
   *
   * @param reference the case
   * @param body the note as typed
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
      return "AddNote[" + reference + "]";
    }
  }
}
