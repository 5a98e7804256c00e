package org.confide.adapter.persistence;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.CaseSearchContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link CaseSearchContract} run against {@link JdbiCaseLists} over the reports, escalations
 * and outcomes on a private H2 database.
 */
class H2CaseSearchTest extends CaseSearchContract {

  private final Database database = TestDatabases.h2();
  private final JdbiStores stores = JdbiStores.on(database, TestCiphers.random());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected Outcomes outcomes() {
    return stores.outcomes();
  }

  @Override
  protected CaseLists caseLists() {
    return stores.caseLists();
  }

  @Override
  protected Escalations escalations() {
    return stores.escalations();
  }

  @Override
  protected Reports reports() {
    return stores.reports();
  }
}
