package org.confide.application.memory;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.out.Outcomes;
import org.confide.domain.outcome.CaseOutcome;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.ReportReference;

/** {@link Outcomes} in memory: no list saved and no outcome recorded, until some are. */
public final class InMemoryOutcomes implements Outcomes {

  private final InMemoryStore<ChoiceList, Choices> lists;
  private final InMemoryStore<ReportReference, CaseOutcome> cases;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryOutcomes(InMemoryTransactions transactions) {
    this.lists = new InMemoryStore<>(transactions);
    this.cases = new InMemoryStore<>(transactions);
  }

  @Override
  public Optional<Choices> saved(ChoiceList list) {
    return lists.get(Objects.requireNonNull(list, "list must not be null"));
  }

  @Override
  public void replace(ChoiceList list, Choices choices) {
    lists.put(
        Objects.requireNonNull(list, "list must not be null"),
        Objects.requireNonNull(choices, "choices must not be null"));
  }

  @Override
  public Set<ChoiceKey> inUse(ChoiceList list) {
    Objects.requireNonNull(list, "list must not be null");
    return cases.read(map -> {
      var used = new HashSet<ChoiceKey>();
      for (var outcome : map.values()) {
        switch (list) {
          case OUTCOMES -> outcome.outcome().ifPresent(used::add);
          case TAGS -> used.addAll(outcome.tags());
        }
      }
      return Set.copyOf(used);
    });
  }

  @Override
  public void record(ReportReference reference, CaseOutcome outcome) {
    cases.put(
        Objects.requireNonNull(reference, "reference must not be null"),
        Objects.requireNonNull(outcome, "outcome must not be null"));
  }

  @Override
  public Optional<CaseOutcome> of(ReportReference reference) {
    return cases.get(Objects.requireNonNull(reference, "reference must not be null"));
  }

  @Override
  public void clear(ReportReference reference) {
    cases.remove(Objects.requireNonNull(reference, "reference must not be null"));
  }
}
