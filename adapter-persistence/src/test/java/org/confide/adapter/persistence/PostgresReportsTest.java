package org.confide.adapter.persistence;

import org.confide.application.port.out.Reports;
import org.confide.testing.contract.ReportAccessCodesContract;
import org.confide.testing.contract.ReportsContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** The {@link ReportsContract} run against {@link JdbiReports} on PostgreSQL. */
@NeedsPostgres
class PostgresReportsTest extends ReportsContract {

  private Database database;
  private Reports adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter = new JdbiReports(database.transactions(), TestCiphers.random());
  }

  @Override
  protected Reports reports() {
    return adapter;
  }

  /** The {@link ReportAccessCodesContract} on the same adapter. */
  @Nested
  class AccessCodes extends ReportAccessCodesContract {
    @Override
    protected Reports reports() {
      return adapter;
    }
  }
}
