package org.confide.adapter.persistence;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Teams;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.TeamsContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link TeamsContract} run against {@link JdbiTeams} and {@link JdbiCaseLists} on a private H2
 * database.
 */
class H2TeamsTest extends TeamsContract {

  private final Database database = TestDatabases.h2();
  private final JdbiStores stores = JdbiStores.on(database, TestCiphers.random());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected Teams teams() {
    return stores.teams();
  }

  @Override
  protected Transactions transactions() {
    return stores.transactions();
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
