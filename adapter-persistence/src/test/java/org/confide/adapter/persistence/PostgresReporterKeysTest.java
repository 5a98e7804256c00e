package org.confide.adapter.persistence;

import org.confide.application.port.out.ReporterKeys;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.contract.ReporterKeysContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link ReporterKeysContract} run against {@link JdbiReporterKeys} on PostgreSQL, each report
 * stored before its entry ({@link ReportersFirst}).
 */
@NeedsPostgres
class PostgresReporterKeysTest extends ReporterKeysContract {

  private Database database;
  private ReportersFirst adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter = new ReportersFirst(database);
  }

  @Override
  protected ReporterKeys reporterKeys() {
    return adapter;
  }

  @Override
  protected boolean holdsReportsFromBefore() {
    return true;
  }

  @Override
  protected void storeReport(ReportReference reference, boolean named) {
    adapter.store(reference, named);
  }
}
