package org.confide.adapter.persistence;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.StaffEntryContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link StaffEntryContract} run against {@link JdbiReports} and {@link JdbiCaseLists} on
 * PostgreSQL.
 */
@NeedsPostgres
class PostgresStaffEntryTest extends StaffEntryContract {

  private JdbiStores stores;

  @BeforeEach
  void connect() {
    stores = JdbiStores.on(TestDatabases.postgres(), TestCiphers.random());
  }

  @Override
  protected Reports reports() {
    return stores.reports();
  }

  @Override
  protected CaseLists caseLists() {
    return stores.caseLists();
  }
}
