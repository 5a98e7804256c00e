package org.confide.application.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.domain.shared.ReportReference;

/** {@link DeadlineMarks} in memory, one mark per kind, subject and due time. */
public final class InMemoryDeadlineMarks implements DeadlineMarks {

  private record Key(Kind kind, String subject, java.time.Instant dueBy) {}

  private final InMemoryStore<Key, Mark> marks;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryDeadlineMarks(InMemoryTransactions transactions) {
    this.marks = new InMemoryStore<>(transactions);
  }

  @Override
  public MarkOutcome mark(Mark mark) {
    Objects.requireNonNull(mark, "mark must not be null");
    var key = new Key(mark.kind(), mark.subject(), mark.dueBy());
    return marks.atomically(() -> {
      if (marks.contains(key)) {
        return MarkOutcome.ALREADY_MARKED;
      }
      marks.put(key, mark);
      return MarkOutcome.MARKED;
    });
  }

  @Override
  public List<Mark> of(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return marks.read(map ->
        map.values().stream()
            .filter(mark -> mark.reference().equals(reference))
            .sorted(
                Comparator.comparing(Mark::dueBy)
                    .thenComparing(Mark::kind)
                    .thenComparing(Mark::subject))
            .toList());
  }

  @Override
  public void removeAll(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    marks.removeIf((key, mark) -> mark.reference().equals(reference));
  }
}
