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
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.Reports;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * A report store of our own: reports and the digests of their access codes in plain maps. It takes
 * part in Confide's in-memory transactions, so a use case that fails after storing a report leaves
 * nothing behind: every read and write runs in {@code transactions.atomically(...)}, and every
 * write records how to undo it with {@code transactions.onRollback(...)}. Reports are immutable, so
 * storing one keeps a snapshot.
 */
public final class MapReports implements Reports {

  private static final Comparator<Report> OLDEST_FIRST =
      Comparator.comparing(Report::receivedAt).thenComparing(report -> report.reference().value());

  private final InMemoryTransactions transactions;
  private final Map<ReportReference, Report> byReference = new HashMap<>();
  private final Map<ReportReference, AccessCodeDigest> codes = new HashMap<>();

  public MapReports(InMemoryTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  // --- README store example starts ---
  @Override
  public AddOutcome add(Report report, Optional<AccessCodeDigest> code) {
    return transactions.atomically(() -> {
      if (byReference.containsKey(report.reference())) {
        return AddOutcome.REFERENCE_TAKEN;
      }
      if (code.isPresent() && codes.containsValue(code.get())) {
        return AddOutcome.CODE_TAKEN;
      }
      put(byReference, report.reference(), report);
      code.ifPresent(digest -> put(codes, report.reference(), digest));
      return AddOutcome.ADDED;
    });
  }

  @Override
  public void remove(ReportReference reference) {
    transactions.atomically(() -> {
      forget(codes, reference);
      forget(byReference, reference);
      return null;
    });
  }

  private <K, V> void put(Map<K, V> map, K key, V value) {
    var previous = map.put(key, value);
    transactions.onRollback(() -> restore(map, key, previous));
  }

  private <K, V> void forget(Map<K, V> map, K key) {
    var previous = map.remove(key);
    transactions.onRollback(() -> restore(map, key, previous));
  }

  private static <K, V> void restore(Map<K, V> map, K key, V previous) {
    if (previous == null) {
      map.remove(key);
    } else {
      map.put(key, previous);
    }
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
      put(byReference, report.reference(), report.storedAs(report.version() + 1));
      return UpdateOutcome.UPDATED;
    });
  }

  @Override
  public CodeChange replaceCode(ReportReference reference, AccessCodeDigest code) {
    return transactions.atomically(() -> {
      if (!byReference.containsKey(reference)) {
        throw new IllegalStateException("no report " + reference + " to give a code");
      }
      if (findByCode(code).filter(owner -> !owner.equals(reference)).isPresent()) {
        return CodeChange.CODE_TAKEN;
      }
      put(codes, reference, code);
      return CodeChange.REPLACED;
    });
  }

  @Override
  public Optional<ReportReference> findByCode(AccessCodeDigest code) {
    return transactions.atomically(() ->
        codes.entrySet().stream()
            .filter(entry -> entry.getValue().equals(code))
            .map(Map.Entry::getKey)
            .findFirst());
  }

  @Override
  public Optional<AccessCodeDigest> codeOf(ReportReference reference) {
    return transactions.atomically(() -> Optional.ofNullable(codes.get(reference)));
  }

  @Override
  public void removeCode(ReportReference reference) {
    transactions.atomically(() -> {
      forget(codes, reference);
      return null;
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
        put(
            byReference,
            reference,
            stored.holdForSafeguarding(requestedAt).storedAs(stored.version() + 1));
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
