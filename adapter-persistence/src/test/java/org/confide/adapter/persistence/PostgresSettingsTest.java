package org.confide.adapter.persistence;

import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.SettingsContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

  @Test
  void settings_stored_before_own_words_had_languages_read_as_the_first_languages() {
    SettingsOfFormat2.storedAndReadOn(transactions);
  }
}
