package org.confide.domain.thread;

import java.time.Instant;
import java.util.Objects;
import org.confide.domain.staff.StaffId;

/**
 * A note one staff member leaves for the others on a case. It is not a message and is never shown
 * to the reporter, which is why it is kept apart from {@link MessageThread}.
 *
 * @param id identifies the note
 * @param author the staff member who wrote it
 * @param body what they wrote
 * @param writtenAt when they wrote it
 */
public record InternalNote(NoteId id, StaffId author, NoteBody body, Instant writtenAt) {

  /**
   * A note.
   *
   * @throws NullPointerException if a component is null
   */
  public InternalNote {
    Objects.requireNonNull(id, "note id must not be null");
    Objects.requireNonNull(author, "note author must not be null");
    Objects.requireNonNull(body, "note body must not be null");
    Objects.requireNonNull(writtenAt, "note written at must not be null");
  }
}
