package org.confide.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.Reports;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/** A report store that counts every call and hands it on: a store of a test's own. */
public record CountingReports(Reports inner, AtomicInteger calls) implements Reports {

  @Override
  public AddOutcome add(Report report, Optional<AccessCodeDigest> code) {
    calls.incrementAndGet();
    return inner.add(report, code);
  }

  @Override
  public CodeChange replaceCode(ReportReference reference, AccessCodeDigest code) {
    calls.incrementAndGet();
    return inner.replaceCode(reference, code);
  }

  @Override
  public Optional<ReportReference> findByCode(AccessCodeDigest code) {
    calls.incrementAndGet();
    return inner.findByCode(code);
  }

  @Override
  public Optional<AccessCodeDigest> codeOf(ReportReference reference) {
    calls.incrementAndGet();
    return inner.codeOf(reference);
  }

  @Override
  public void removeCode(ReportReference reference) {
    calls.incrementAndGet();
    inner.removeCode(reference);
  }

  @Override
  public UpdateOutcome update(Report report) {
    calls.incrementAndGet();
    return inner.update(report);
  }

  @Override
  public Optional<Report> find(ReportReference reference) {
    calls.incrementAndGet();
    return inner.find(reference);
  }

  @Override
  public void remove(ReportReference reference) {
    calls.incrementAndGet();
    inner.remove(reference);
  }

  @Override
  public List<Report> unassigned() {
    calls.incrementAndGet();
    return inner.unassigned();
  }

  @Override
  public List<Report> openAssignedTo(StaffId adviser) {
    calls.incrementAndGet();
    return inner.openAssignedTo(adviser);
  }

  @Override
  public List<Report> allOpen() {
    calls.incrementAndGet();
    return inner.allOpen();
  }

  @Override
  public List<Report> findAll(Collection<ReportReference> references) {
    calls.incrementAndGet();
    return inner.findAll(references);
  }

  @Override
  public List<Report> closedBefore(Instant cutoff, int limit) {
    calls.incrementAndGet();
    return inner.closedBefore(cutoff, limit);
  }

  @Override
  public void hold(ReportReference reference, Instant requestedAt) {
    calls.incrementAndGet();
    inner.hold(reference, requestedAt);
  }

  @Override
  public List<Report> held() {
    calls.incrementAndGet();
    return inner.held();
  }

  @Override
  public long count() {
    calls.incrementAndGet();
    return inner.count();
  }
}
