package org.confide.application.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.confide.application.port.out.PatternKeys;
import org.confide.domain.shared.ReportReference;

/** {@link PatternKeys} in memory: one entry per key and report. */
public final class InMemoryPatternKeys implements PatternKeys {

  private record Entry(PatternKey key, ReportReference report) {}

  private final InMemoryStore<Entry, Sighting> sightings;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryPatternKeys(InMemoryTransactions transactions) {
    this.sightings = new InMemoryStore<>(transactions);
  }

  @Override
  public void add(List<Sighting> sightings) {
    Objects.requireNonNull(sightings, "sightings must not be null");
    this.sightings.atomically(() -> {
      for (var sighting : sightings) {
        var entry = new Entry(sighting.key(), sighting.report());
        if (!this.sightings.contains(entry)) {
          this.sightings.put(entry, sighting);
        }
      }
      return null;
    });
  }

  @Override
  public void removeAll(ReportReference report) {
    Objects.requireNonNull(report, "report must not be null");
    sightings.removeIf((entry, sighting) -> entry.report().equals(report));
  }

  @Override
  public List<Sighting> repeated(int reports) {
    return sightings.read(map -> {
      var byKey = map.values().stream().collect(Collectors.groupingBy(Sighting::key));
      return byKey.values().stream()
          .filter(list -> list.size() >= reports)
          .sorted(Comparator.comparing(list -> list.getFirst().key().digest()))
          .flatMap(list ->
              list.stream()
                  .sorted(
                      Comparator.comparing(Sighting::receivedAt)
                          .thenComparing(s -> s.report().value())))
          .toList();
    });
  }
}
