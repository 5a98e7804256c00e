package org.confide.adapter.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Confide's schema: the SQL migrations of {@code db/migration}, which run unchanged on H2 and
 * PostgreSQL, and those written in Java, named here rather than found by scanning a package.
 */
public final class Schema {

  private Schema() {}

  /** Brings the database behind {@code source} to the current schema. */
  public static void migrate(DataSource source) {
    Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration")
        .javaMigrations(new ReportsOwnTheirRows(), new FewerIndexesOnANewReport())
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
