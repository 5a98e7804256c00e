package org.confide.adapter.persistence;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.CaseListsContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link CaseListsContract} run against {@link JdbiCaseLists} on a private H2 database. */
class H2CaseListsTest extends CaseListsContract {

  private final Database database = TestDatabases.h2();
  private final JdbiStores stores = JdbiStores.on(database, TestCiphers.random());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected CaseLists caseLists() {
    return stores.caseLists();
  }

  @Override
  protected Reports reports() {
    return stores.reports();
  }

  @Override
  protected MessageThreads threads() {
    return stores.threads();
  }

  @Override
  protected Escalations escalations() {
    return stores.escalations();
  }
}
