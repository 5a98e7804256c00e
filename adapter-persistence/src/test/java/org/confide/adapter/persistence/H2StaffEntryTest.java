package org.confide.adapter.persistence;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.StaffEntryContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link StaffEntryContract} run against {@link JdbiReports} and {@link JdbiCaseLists} on H2.
 */
class H2StaffEntryTest extends StaffEntryContract {

  private final Database database = TestDatabases.h2();
  private final JdbiStores stores = JdbiStores.on(database, TestCiphers.random());

  @AfterEach
  void closeDatabase() {
    database.close();
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
