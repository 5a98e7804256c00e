package org.confide.application.memory;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.analytics.ClosingFact;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendDimension;

/**
 * {@link TrendFacts} in memory: facts by month, then in the order recorded; closings as a count per
 * month and outcome.
 */
public final class InMemoryTrendFacts implements TrendFacts {

  private final InMemoryStore<Long, ReportFacts> facts;
  private final InMemoryStore<ClosingFact, Long> closings;
  private final AtomicLong sequence = new AtomicLong();

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryTrendFacts(InMemoryTransactions transactions) {
    this.facts = new InMemoryStore<>(transactions);
    this.closings = new InMemoryStore<>(transactions);
  }

  @Override
  public void record(ReportFacts facts) {
    Objects.requireNonNull(facts, "facts must not be null");
    this.facts.put(sequence.incrementAndGet(), facts);
  }

  @Override
  public void recordAll(List<ReportFacts> facts) {
    Objects.requireNonNull(facts, "facts must not be null");
    this.facts.atomically(() -> {
      facts.forEach(this::record);
      return null;
    });
  }

  @Override
  public void recordClosing(ClosingFact closing) {
    Objects.requireNonNull(closing, "closing must not be null");
    closings.atomically(() -> {
      closings.put(closing, closings.get(closing).orElse(0L) + 1);
      return null;
    });
  }

  @Override
  public void takeBackClosing(ClosingFact closing) {
    Objects.requireNonNull(closing, "closing must not be null");
    closings.atomically(() -> {
      var counted = closings.get(closing).orElse(0L);
      if (counted > 0) {
        closings.put(closing, counted - 1);
      }
      return null;
    });
  }

  @Override
  public List<Tally> count(YearMonth from, YearMonth to, Set<TrendDimension> by) {
    Objects.requireNonNull(by, "by must not be null");
    if (by.stream().anyMatch(TrendDimension::countedAtClosing)) {
      return closings(from, to, by);
    }
    var counts = new HashMap<Map<TrendDimension, List<String>>, Long>();
    for (var fact : received(from, to)) {
      var key = new EnumMap<TrendDimension, List<String>>(TrendDimension.class);
      for (var dimension : by) {
        key.put(dimension, Tally.keysOf(fact, dimension));
      }
      counts.merge(Map.copyOf(key), 1L, Long::sum);
    }
    return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).toList();
  }

  /** The cases closed in the months {@code from} to {@code to}, by outcome and month. */
  private List<Tally> closings(YearMonth from, YearMonth to, Set<TrendDimension> by) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    var counts = new HashMap<Map<TrendDimension, List<String>>, Long>();
    closings.read(map -> {
      map.forEach((closing, cases) -> {
        if (cases > 0 && !closing.month().isBefore(from) && !closing.month().isAfter(to)) {
          var key = new EnumMap<TrendDimension, List<String>>(TrendDimension.class);
          by.forEach(dimension -> key.put(dimension, List.of(closing.key(dimension))));
          counts.merge(Map.copyOf(key), cases, Long::sum);
        }
      });
      return null;
    });
    return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).toList();
  }

  private List<ReportFacts> received(YearMonth from, YearMonth to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    return facts.read(map ->
        map.entrySet().stream()
            .filter(entry -> !entry.getValue().month().isBefore(from))
            .filter(entry -> !entry.getValue().month().isAfter(to))
            .sorted(
                Comparator.comparing(
                        (Map.Entry<Long, ReportFacts> entry) -> entry.getValue().month())
                    .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getValue)
            .toList());
  }
}
