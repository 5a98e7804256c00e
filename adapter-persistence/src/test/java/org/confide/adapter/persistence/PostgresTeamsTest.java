package org.confide.adapter.persistence;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Teams;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.TeamsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link TeamsContract} run against {@link JdbiTeams} and {@link JdbiCaseLists} on the
 * PostgreSQL test database.
 */
@NeedsPostgres
class PostgresTeamsTest extends TeamsContract {

  private JdbiStores stores;

  @BeforeEach
  void connect() {
    stores = JdbiStores.on(TestDatabases.postgres(), TestCiphers.random());
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
