package org.confide.adapter.persistence;

import org.confide.application.port.out.Settings;
import org.confide.application.port.out.SettingsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link SettingsContract} run against {@link JdbiSettings} on the PostgreSQL test database.
 */
@NeedsPostgres
class PostgresSettingsTest extends SettingsContract {

  private Settings settings;

  @BeforeEach
  void emptyDatabase() {
    settings = new JdbiSettings(TestDatabases.postgres().transactions());
  }

  @Override
  protected Settings settings() {
    return settings;
  }
}
