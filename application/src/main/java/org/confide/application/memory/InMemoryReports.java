package org.confide.application.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.Reports;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * {@link Reports} in memory: reports keyed by reference, listed oldest first, and their access
 * codes indexed both ways.
 */
public final class InMemoryReports implements Reports {

  private static final Comparator<Report> OLDEST_FIRST =
      Comparator.comparing(Report::receivedAt).thenComparing(report -> report.reference().value());

  private static final Comparator<Report> CLOSED_FIRST =
      Comparator.comparing((Report report) -> report.closedAt().orElseThrow())
          .thenComparing(report -> report.reference().value());

  private final InMemoryStore<ReportReference, Report> reports;
  private final AccessCodeIndex codes;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryReports(InMemoryTransactions transactions) {
    this.reports = new InMemoryStore<>(transactions);
    this.codes = new AccessCodeIndex(transactions);
  }

  @Override
  public AddOutcome add(Report report, Optional<AccessCodeDigest> code) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(code, "code must not be null");
    return reports.atomically(() -> {
      if (reports.contains(report.reference())) {
        return AddOutcome.REFERENCE_TAKEN;
      }
      if (code.filter(digest -> codes.takenByAnother(digest, report.reference())).isPresent()) {
        return AddOutcome.CODE_TAKEN;
      }
      reports.put(report.reference(), report);
      code.ifPresent(digest -> codes.put(report.reference(), digest));
      return AddOutcome.ADDED;
    });
  }

  @Override
  public CodeChange replaceCode(ReportReference reference, AccessCodeDigest code) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(code, "code must not be null");
    return reports.atomically(() -> {
      if (!reports.contains(reference)) {
        throw new IllegalStateException("no report " + reference + " to give a code");
      }
      if (codes.takenByAnother(code, reference)) {
        return CodeChange.CODE_TAKEN;
      }
      codes.put(reference, code);
      return CodeChange.REPLACED;
    });
  }

  @Override
  public Optional<ReportReference> findByCode(AccessCodeDigest code) {
    Objects.requireNonNull(code, "code must not be null");
    return reports.atomically(() -> codes.find(code));
  }

  @Override
  public Optional<AccessCodeDigest> codeOf(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return reports.atomically(() -> codes.digestOf(reference));
  }

  @Override
  public void removeCode(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    reports.atomically(() -> {
      codes.remove(reference);
      return null;
    });
  }

  @Override
  public UpdateOutcome update(Report report) {
    Objects.requireNonNull(report, "report must not be null");
    return reports.atomically(() -> {
      var stored =
          reports
              .get(report.reference())
              .orElseThrow(() ->
                  new IllegalStateException("no report " + report.reference() + " to update"));
      if (stored.version() != report.version()) {
        return UpdateOutcome.STALE;
      }
      reports.put(report.reference(), report.storedAs(report.version() + 1));
      return UpdateOutcome.UPDATED;
    });
  }

  @Override
  public void hold(ReportReference reference, Instant requestedAt) {
    Objects.requireNonNull(requestedAt, "requested at must not be null");
    reports.atomically(() -> {
      var stored =
          reports
              .get(reference)
              .orElseThrow(() -> new IllegalStateException("no report " + reference + " to hold"));
      if (!stored.isHeld()) {
        reports.put(
            reference, stored.holdForSafeguarding(requestedAt).storedAs(stored.version() + 1));
      }
      return null;
    });
  }

  @Override
  public Optional<Report> find(ReportReference reference) {
    return reports.get(Objects.requireNonNull(reference, "reference must not be null"));
  }

  @Override
  public void remove(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    reports.atomically(() -> {
      codes.remove(reference);
      return reports.remove(reference);
    });
  }

  @Override
  public List<Report> unassigned() {
    return open(report -> report.assignee().isEmpty());
  }

  @Override
  public List<Report> openAssignedTo(StaffId adviser) {
    Objects.requireNonNull(adviser, "adviser must not be null");
    return open(report -> report.isAssignedTo(adviser));
  }

  @Override
  public List<Report> allOpen() {
    return open(report -> true);
  }

  @Override
  public List<Report> findAll(Collection<ReportReference> references) {
    var wanted = Set.copyOf(references);
    return reports.read(map ->
        wanted.stream().map(map::get).filter(Objects::nonNull).sorted(OLDEST_FIRST).toList());
  }

  @Override
  public List<Report> closedBefore(Instant cutoff, int limit) {
    Objects.requireNonNull(cutoff, "cutoff must not be null");
    InMemoryStore.requireLimit(limit);
    return reports.read(map ->
        map.values().stream()
            .filter(report -> report.closedAt().filter(cutoff::isAfter).isPresent())
            .filter(report -> !report.isHeld())
            .sorted(CLOSED_FIRST)
            .limit(limit)
            .toList());
  }

  @Override
  public List<Report> held() {
    return reports.read(
        map -> map.values().stream().filter(Report::isHeld).sorted(OLDEST_FIRST).toList());
  }

  @Override
  public long count() {
    return reports.read(map -> (long) map.size());
  }

  private List<Report> open(Predicate<Report> matches) {
    return reports.read(map ->
        map.values().stream()
            .filter(report -> report.status() != ReportStatus.CLOSED && !report.isHeld())
            .filter(matches)
            .sorted(OLDEST_FIRST)
            .toList());
  }
}
