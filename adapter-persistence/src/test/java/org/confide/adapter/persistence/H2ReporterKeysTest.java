package org.confide.adapter.persistence;

import org.confide.application.port.out.ReporterKeys;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.contract.ReporterKeysContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link ReporterKeysContract} run against {@link JdbiReporterKeys} on a private in-memory H2,
 * each report stored before its entry ({@link ReportersFirst}).
 */
class H2ReporterKeysTest extends ReporterKeysContract {

  private Database database;
  private ReportersFirst adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter = new ReportersFirst(database);
  }

  @AfterEach
  void close() {
    database.close();
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
