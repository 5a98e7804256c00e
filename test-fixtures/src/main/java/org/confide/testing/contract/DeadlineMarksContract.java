package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.DeadlineMarks.Kind;
import org.confide.application.port.out.DeadlineMarks.Mark;
import org.confide.application.port.out.DeadlineMarks.MarkOutcome;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.Concurrently;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link DeadlineMarks} adapter: a mark is stored once per kind, subject and
 * due time, and a repeat is answered {@code ALREADY_MARKED} without changing the first; marks read
 * back whole, by report, earliest due first; removing a report's marks leaves the others. Of racing
 * identical marks exactly one is stored.
 *
 * <p>{@link #marks()} must return the same adapter, empty, throughout one test.
 */
public abstract class DeadlineMarksContract {

  private static final Instant DUE = Instant.parse("2026-03-04T17:00:00Z");

  /** For a subclass that runs this contract against one adapter. */
  protected DeadlineMarksContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract DeadlineMarks marks();

  private static ReportReference aReference() {
    return ReportReference.generate(new java.util.Random());
  }

  @Test
  void a_mark_is_stored_and_read_back_whole() {
    var reference = aReference();
    var mark =
        new Mark(Kind.RESPONSE_OVERDUE, reference.value(), reference, DUE, DUE.plusSeconds(60));

    assertThat(marks().mark(mark)).isEqualTo(MarkOutcome.MARKED);
    assertThat(marks().of(reference)).containsExactly(mark);
  }

  @Test
  void the_same_miss_is_marked_once_and_the_first_mark_stays() {
    var reference = aReference();
    var first =
        new Mark(Kind.RESPONSE_OVERDUE, reference.value(), reference, DUE, DUE.plusSeconds(60));
    marks().mark(first);

    var again =
        new Mark(Kind.RESPONSE_OVERDUE, reference.value(), reference, DUE, DUE.plusSeconds(900));
    assertThat(marks().mark(again)).isEqualTo(MarkOutcome.ALREADY_MARKED);
    assertThat(marks().of(reference)).containsExactly(first);
  }

  @Test
  void a_later_due_time_or_another_kind_is_a_new_miss_and_reads_back_earliest_due_first() {
    var reference = aReference();
    var later =
        new Mark(
            Kind.RESPONSE_OVERDUE,
            reference.value(),
            reference,
            DUE.plusSeconds(86_400),
            DUE.plusSeconds(90_000));
    var first =
        new Mark(Kind.RESPONSE_OVERDUE, reference.value(), reference, DUE, DUE.plusSeconds(60));
    var escalation =
        new Mark(
            Kind.ESCALATION_UNACKNOWLEDGED,
            "0b6a3c1e-5f8f-4f55-9d7e-2f4a7f0e9c11",
            reference,
            DUE.plusSeconds(3_600),
            DUE.plusSeconds(3_660));

    assertThat(marks().mark(later)).isEqualTo(MarkOutcome.MARKED);
    assertThat(marks().mark(first)).isEqualTo(MarkOutcome.MARKED);
    assertThat(marks().mark(escalation)).isEqualTo(MarkOutcome.MARKED);
    assertThat(marks().of(reference)).containsExactly(first, escalation, later);
  }

  @Test
  void removing_a_reports_marks_leaves_the_others() {
    var gone = aReference();
    var kept = aReference();
    marks().mark(new Mark(Kind.RESPONSE_OVERDUE, gone.value(), gone, DUE, DUE));
    var keptMark = new Mark(Kind.RESPONSE_OVERDUE, kept.value(), kept, DUE, DUE);
    marks().mark(keptMark);

    marks().removeAll(gone);

    assertThat(marks().of(gone)).isEmpty();
    assertThat(marks().of(kept)).containsExactly(keptMark);
  }

  @Test
  void of_racing_identical_marks_exactly_one_is_stored() {
    var reference = aReference();
    var outcomes =
        Concurrently.run(
            Concurrently.THREADS,
            1,
            (thread, step) ->
                marks()
                    .mark(
                        new Mark(
                            Kind.RESPONSE_OVERDUE,
                            reference.value(),
                            reference,
                            DUE,
                            DUE.plusSeconds(thread))));

    assertThat(outcomes).filteredOn(o -> o == MarkOutcome.MARKED).hasSize(1);
    assertThat(marks().of(reference)).hasSize(1);
  }
}
