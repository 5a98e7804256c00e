package org.confide.adapter.persistence;

import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.SettingsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@link SettingsContract} run against {@link JdbiSettings} on a private H2 database. */
class H2SettingsTest extends SettingsContract {

  private final Database database = TestDatabases.h2();
  private final Settings settings = new JdbiSettings(database.transactions());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected Settings settings() {
    return settings;
  }

  @Override
  protected Transactions transactions() {
    return database.transactions();
  }

  @Test
  void settings_stored_before_own_words_had_languages_read_as_the_first_languages() {
    SettingsOfFormat2.storedAndReadOn(database.transactions());
  }
}
