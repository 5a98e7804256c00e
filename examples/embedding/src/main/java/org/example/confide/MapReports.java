package org.example.confide;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.confide.application.memory.InMemoryTransactions;
import org.confide.application.port.out.Reports;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * A report store of our own: reports in a plain map. It takes part in Confide's in-memory
 * transactions, so a use case that fails after storing a report leaves nothing behind: every read
 * and write runs in {@code transactions.atomically(...)}, and every write records how to undo it
 * with {@code transactions.onRollback(...)}. Reports are immutable, so storing one keeps a
 * snapshot.
 */
public final class MapReports implements Reports {

  private static final Comparator<Report> OLDEST_FIRST =
      Comparator.comparing(Report::receivedAt).thenComparing(report -> report.reference().value());

  private final InMemoryTransactions transactions;
  private final Map<ReportReference, Report> byReference = new HashMap<>();

  public MapReports(InMemoryTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  // --- README store example starts ---
  @Override
  public AddOutcome add(Report report) {
    return transactions.atomically(() -> {
      if (byReference.containsKey(report.reference())) {
        return AddOutcome.REFERENCE_TAKEN;
      }
      put(report.reference(), report);
      return AddOutcome.ADDED;
    });
  }

  @Override
  public void remove(ReportReference reference) {
    transactions.atomically(() -> {
      var removed = byReference.remove(reference);
      if (removed != null) {
        transactions.onRollback(() -> byReference.put(reference, removed));
      }
      return null;
    });
  }

  private void put(ReportReference reference, Report report) {
    var previous = byReference.put(reference, report);
    transactions.onRollback(() -> {
      if (previous == null) {
        byReference.remove(reference);
      } else {
        byReference.put(reference, previous);
      }
    });
  }

  // --- README store example ends ---

  @Override
  public UpdateOutcome update(Report report) {
    return transactions.atomically(() -> {
      var stored = byReference.get(report.reference());
      if (stored == null) {
        throw new IllegalStateException("no report " + report.reference() + " to update");
      }
      if (stored.version() != report.version()) {
        return UpdateOutcome.STALE; // someone else updated it since it was read
      }
      put(report.reference(), report.storedAs(report.version() + 1));
      return UpdateOutcome.UPDATED;
    });
  }

  @Override
  public Optional<Report> find(ReportReference reference) {
    return transactions.atomically(() -> Optional.ofNullable(byReference.get(reference)));
  }

  @Override
  public List<Report> unassigned() {
    return open(report -> report.assignee().isEmpty());
  }

  @Override
  public List<Report> openAssignedTo(StaffId adviser) {
    return open(report -> report.isAssignedTo(adviser));
  }

  @Override
  public List<Report> allOpen() {
    return open(report -> true);
  }

  @Override
  public List<Report> findAll(Collection<ReportReference> references) {
    return transactions.atomically(() ->
        references.stream()
            .distinct()
            .map(byReference::get)
            .filter(Objects::nonNull)
            .sorted(OLDEST_FIRST)
            .toList());
  }

  @Override
  public List<Report> closedBefore(Instant cutoff, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return transactions.atomically(() ->
        byReference.values().stream()
            .filter(report -> report.closedAt().filter(cutoff::isAfter).isPresent())
            .filter(report -> !report.isHeld()) // a held report ends with its escalation
            .sorted(
                Comparator.comparing((Report report) -> report.closedAt().orElseThrow())
                    .thenComparing(report -> report.reference().value()))
            .limit(limit)
            .toList());
  }

  @Override
  public void hold(ReportReference reference, Instant requestedAt) {
    transactions.atomically(() -> {
      var stored = byReference.get(reference);
      if (stored == null) {
        throw new IllegalStateException("no report " + reference + " to hold");
      }
      if (!stored.isHeld()) {
        put(reference, stored.holdForSafeguarding(requestedAt).storedAs(stored.version() + 1));
      }
      return null;
    });
  }

  @Override
  public List<Report> held() {
    return transactions.atomically(
        () -> byReference.values().stream().filter(Report::isHeld).sorted(OLDEST_FIRST).toList());
  }

  @Override
  public long count() {
    return transactions.atomically(() -> (long) byReference.size());
  }

  private List<Report> open(Predicate<Report> matches) {
    return transactions.atomically(() ->
        byReference.values().stream()
            .filter(report -> report.status() != ReportStatus.CLOSED && !report.isHeld())
            .filter(matches)
            .sorted(OLDEST_FIRST)
            .toList());
  }
}
