package org.confide.adapter.persistence;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;

/** {@link ReportsOwnTheirRowsMigration} on a private in-memory H2. */
class H2ReportsOwnTheirRowsMigrationTest extends ReportsOwnTheirRowsMigration {

  private final String name = "migration-" + UUID.randomUUID();
  private final String url =
      "jdbc:h2:mem:"
          + name
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @AfterEach
  void dropDatabase() {
    jdbi().useHandle(handle -> handle.execute("drop all objects"));
  }

  @Override
  FluentConfiguration flyway() {
    return Flyway.configure().dataSource(url, "sa", "");
  }

  @Override
  Jdbi jdbi() {
    return Jdbi.create(url, "sa", "");
  }

  @Override
  Database open() {
    return Database.h2Memory(name);
  }
}
