package org.confide.adapter.persistence;

import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.SettingsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link SettingsContract} run against {@link JdbiSettings} on the PostgreSQL test database.
 */
@NeedsPostgres
class PostgresSettingsTest extends SettingsContract {

  private Settings settings;
  private JdbiTransactions transactions;

  @BeforeEach
  void emptyDatabase() {
    transactions = TestDatabases.postgres().transactions();
    settings = new JdbiSettings(transactions);
  }

  @Override
  protected Settings settings() {
    return settings;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
