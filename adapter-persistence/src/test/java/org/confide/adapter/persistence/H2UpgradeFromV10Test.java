package org.confide.adapter.persistence;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;

/** {@link UpgradeFromV10} on private in-memory H2 databases. */
class H2UpgradeFromV10Test extends UpgradeFromV10 {

  private final String name = "upgrade-" + UUID.randomUUID();
  private final String url =
      "jdbc:h2:mem:"
          + name
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  private Database today;

  @AfterEach
  void dropDatabases() {
    jdbi().useHandle(handle -> handle.execute("drop all objects"));
    today.close();
  }

  @Override
  Database today() {
    today = TestDatabases.h2();
    return today;
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
