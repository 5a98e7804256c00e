package org.confide.adapter.persistence;

import java.util.List;
import java.util.Optional;
import org.confide.application.port.out.ReporterKeys;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.TestReports;

/**
 * {@link JdbiReporterKeys} for its contract, with each report stored (named) before its entry, as
 * every use case has stored a report before it keeps the report's key: the database refuses an
 * entry for a report it does not hold.
 */
final class ReportersFirst implements ReporterKeys {

  private final JdbiReports reports;
  private final JdbiReporterKeys adapter;

  ReportersFirst(Database database) {
    this.reports = new JdbiReports(database.transactions(), TestCiphers.random());
    this.adapter = new JdbiReporterKeys(database.transactions());
  }

  /** Stores a report, named or anonymous, without an entry; a report already held stays. */
  void store(ReportReference reference, boolean named) {
    var report = TestReports.aReport().withReference(reference);
    reports.add((named ? report.named() : report).build());
  }

  @Override
  public void keep(ReportReference report, Optional<ReporterKey> key) {
    store(report, true);
    adapter.keep(report, key);
  }

  @Override
  public List<ReportReference> reportsOf(ReporterKey key) {
    return adapter.reportsOf(key);
  }

  @Override
  public List<ReportReference> unkeyed(int limit) {
    return adapter.unkeyed(limit);
  }

  @Override
  public void remove(ReportReference report) {
    adapter.remove(report);
  }
}
