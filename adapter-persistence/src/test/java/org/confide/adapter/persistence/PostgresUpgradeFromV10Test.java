package org.confide.adapter.persistence;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link UpgradeFromV10} on PostgreSQL: the rows are written in the test database, and the V10
 * database is a schema of its own in it, dropped after.
 */
@NeedsPostgres
class PostgresUpgradeFromV10Test extends UpgradeFromV10 {

  private final String schema =
      "upgrade_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

  @AfterEach
  void dropSchema() {
    Jdbi.create(source(TestDatabases.postgresUrl().orElseThrow()))
        .useHandle(handle -> handle.execute("drop schema " + schema + " cascade"));
  }

  @Override
  Database today() {
    return TestDatabases.postgres();
  }

  @Override
  FluentConfiguration flyway() {
    return Flyway.configure().dataSource(source(url())).schemas(schema);
  }

  @Override
  Jdbi jdbi() {
    return Jdbi.create(source(url()));
  }

  @Override
  Database open() {
    return Database.postgres(url(), Optional.empty(), Optional.empty());
  }

  private String url() {
    var url = TestDatabases.postgresUrl().orElseThrow();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static PGSimpleDataSource source(String url) {
    var source = new PGSimpleDataSource();
    source.setUrl(url);
    return source;
  }
}
