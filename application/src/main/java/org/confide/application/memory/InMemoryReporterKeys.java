package org.confide.application.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.ReporterKeys;
import org.confide.domain.shared.ReportReference;

/**
 * {@link ReporterKeys} in memory: one entry per named report. It never held a report from before
 * entries were kept, so {@link #unkeyed} answers none.
 */
public final class InMemoryReporterKeys implements ReporterKeys {

  // A report with no email address is kept under the empty text, which is no key's form.
  private static final String NO_EMAIL = "";

  private final InMemoryStore<ReportReference, String> entries;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryReporterKeys(InMemoryTransactions transactions) {
    this.entries = new InMemoryStore<>(transactions);
  }

  @Override
  public void keep(ReportReference report, Optional<ReporterKey> key) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(key, "key must be Optional, not null");
    entries.put(report, key.map(ReporterKey::hex).orElse(NO_EMAIL));
  }

  @Override
  public List<ReportReference> reportsOf(ReporterKey key) {
    Objects.requireNonNull(key, "key must not be null");
    return entries.read(map ->
        map.entrySet().stream()
            .filter(entry -> entry.getValue().equals(key.hex()))
            .map(java.util.Map.Entry::getKey)
            .sorted(Comparator.comparing(ReportReference::value))
            .toList());
  }

  @Override
  public List<ReportReference> unkeyed(int limit) {
    InMemoryStore.requireLimit(limit);
    return List.of();
  }

  @Override
  public void remove(ReportReference report) {
    Objects.requireNonNull(report, "report must not be null");
    entries.remove(report);
  }
}
