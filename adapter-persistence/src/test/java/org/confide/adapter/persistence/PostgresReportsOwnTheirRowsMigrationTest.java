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
 * {@link ReportsOwnTheirRowsMigration} on PostgreSQL, in a schema of its own in the test database
 * (the test database itself is kept at the current schema for every other test), dropped after.
 */
@NeedsPostgres
class PostgresReportsOwnTheirRowsMigrationTest extends ReportsOwnTheirRowsMigration {

  private final String schema =
      "migration_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

  @AfterEach
  void dropSchema() {
    Jdbi.create(source(TestDatabases.postgresUrl().orElseThrow()))
        .useHandle(handle -> handle.execute("drop schema " + schema + " cascade"));
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
