package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.ReadAuditTrailUseCase;
import org.confide.application.port.in.ReadNotesUseCase;
import org.confide.application.port.in.ViewCaseUseCase.Note;
import org.confide.domain.audit.AuditAction;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/** Internal notes read back by the case team, oldest first, each reading audited. */
class NotesTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  @Test
  void notes_are_read_oldest_first_with_their_authors_and_each_reading_is_audited() {
    var reference = fixture.submit(Fixture.anonymous("A case.")).reference();
    confide
        .addNote()
        .add(fixture.adviser, new AddNoteUseCase.Command(reference, "  First.  "))
        .orElseThrow();
    fixture.clock.advance(Duration.ofMinutes(5));
    confide
        .addNote()
        .add(fixture.lead, new AddNoteUseCase.Command(reference, "Second."))
        .orElseThrow();

    var notes =
        confide
            .readNotes()
            .read(fixture.adviser, new ReadNotesUseCase.Command(reference))
            .orElseThrow();

    assertThat(notes).extracting(Note::body).containsExactly("First.", "Second.");
    assertThat(notes).extracting(Note::author).containsExactly("Alex Adviser", "Lee Lead");
    var views =
        confide
            .readAuditTrail()
            .read(
                fixture.admin,
                new ReadAuditTrailUseCase.Command(
                    Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty()))
            .orElseThrow()
            .stream()
            .filter(event -> event.action() == AuditAction.REPORT_VIEWED)
            .toList();
    assertThat(views).singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("notes"));
  }
}
