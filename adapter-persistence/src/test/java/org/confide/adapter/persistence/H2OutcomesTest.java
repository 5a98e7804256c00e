package org.confide.adapter.persistence;

import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.OutcomesContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link OutcomesContract} run against {@link JdbiOutcomes} on a private H2 database. */
class H2OutcomesTest extends OutcomesContract {

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
  protected Transactions transactions() {
    return stores.transactions();
  }

  @Override
  protected Reports reports() {
    return stores.reports();
  }
}
