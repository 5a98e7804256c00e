package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.aNote;
import static org.confide.testing.TestReports.aReference;

import java.time.Instant;
import org.confide.application.port.out.InternalNotes;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link InternalNotes} adapter: notes are kept per case, whole and
 * unchanged, and listed oldest written first; removing a case's notes leaves other cases' notes. A
 * list once returned does not change. Concurrent writers to one case lose no note.
 *
 * <p>{@link #notes()} must return the same adapter, empty, throughout one test.
 */
public abstract class InternalNotesContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** For a subclass that runs this contract against one adapter. */
  protected InternalNotesContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract InternalNotes notes();

  @Nested
  class Adding {

    @Test
    void notes_are_listed_whole_oldest_written_first() {
      var report = aReference();
      var later = aNote(T0.plusSeconds(60));
      var earlier = aNote(T0);
      var latest = aNote(T0.plusSeconds(120));

      notes().add(report, later);
      notes().add(report, earlier);
      notes().add(report, latest);

      assertThat(notes().of(report)).containsExactly(earlier, later, latest);
    }

    @Test
    void a_case_without_notes_has_none() {
      notes().add(aReference(), aNote(T0));

      assertThat(notes().of(aReference())).isEmpty();
    }

    @Test
    void each_case_has_its_own_notes() {
      var one = aReference();
      var other = aReference();
      var onOne = aNote(T0);
      var onOther = aNote(T0);

      notes().add(one, onOne);
      notes().add(other, onOther);

      assertThat(notes().of(one)).containsExactly(onOne);
      assertThat(notes().of(other)).containsExactly(onOther);
    }

    @Test
    void a_list_once_returned_does_not_change_with_later_notes() {
      var report = aReference();
      var first = aNote(T0);
      notes().add(report, first);

      var listed = notes().of(report);
      notes().add(report, aNote(T0.plusSeconds(60)));

      assertThat(listed).containsExactly(first);
    }
  }

  @Nested
  class Removing {

    @Test
    void removing_a_cases_notes_leaves_other_cases_alone() {
      var removed = aReference();
      var kept = aReference();
      var keptNote = aNote(T0);
      notes().add(removed, aNote(T0));
      notes().add(removed, aNote(T0.plusSeconds(1)));
      notes().add(kept, keptNote);

      notes().removeAll(removed);

      assertThat(notes().of(removed)).isEmpty();
      assertThat(notes().of(kept)).containsExactly(keptNote);
    }

    @Test
    void removing_the_notes_of_a_case_without_any_does_nothing() {
      var report = aReference();
      var note = aNote(T0);
      notes().add(report, note);

      notes().removeAll(aReference());

      assertThat(notes().of(report)).containsExactly(note);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_writers_to_one_case_lose_no_note() {
      var report = aReference();

      var added =
          Concurrently.run((thread, step) -> {
            var note = aNote(T0.plusSeconds(thread * 1000L + step));
            notes().add(report, note);
            return note;
          });

      assertThat(notes().of(report)).containsExactlyInAnyOrderElementsOf(added);
    }
  }
}
