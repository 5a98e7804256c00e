package org.confide.adapter.persistence;

import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.OutcomesContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link OutcomesContract} run against {@link JdbiOutcomes} on the PostgreSQL test database.
 */
@NeedsPostgres
class PostgresOutcomesTest extends OutcomesContract {

  private JdbiStores stores;

  @BeforeEach
  void connect() {
    stores = JdbiStores.on(TestDatabases.postgres(), TestCiphers.random());
  }

  @Override
  protected Outcomes outcomes() {
    return stores.outcomes();
  }

  @Override
  protected Transactions transactions() {
    return stores.transactions();
  }

  @Override
  protected Reports reports() {
    return stores.reports();
  }
}
