package org.confide.application.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.out.InternalNotes;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.thread.InternalNote;

/** {@link InternalNotes} in memory: each case's notes, in the order they were written. */
public final class InMemoryInternalNotes implements InternalNotes {

  private final InMemoryStore<ReportReference, List<InternalNote>> notes;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryInternalNotes(InMemoryTransactions transactions) {
    this.notes = new InMemoryStore<>(transactions);
  }

  @Override
  public void add(ReportReference reference, InternalNote note) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(note, "note must not be null");
    notes.atomically(() -> {
      var appended = new ArrayList<>(notes.get(reference).orElse(List.of()));
      appended.add(note);
      appended.sort(Comparator.comparing(InternalNote::writtenAt));
      notes.put(reference, List.copyOf(appended));
      return null;
    });
  }

  @Override
  public List<InternalNote> of(ReportReference reference) {
    return notes
        .get(Objects.requireNonNull(reference, "reference must not be null"))
        .orElse(List.of());
  }

  @Override
  public void removeAll(ReportReference reference) {
    notes.remove(Objects.requireNonNull(reference, "reference must not be null"));
  }
}
