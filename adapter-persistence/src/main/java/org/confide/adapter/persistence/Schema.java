package org.confide.adapter.persistence;

import java.util.Map;
import javax.sql.DataSource;
import org.confide.domain.shared.Language;
import org.flywaydb.core.Flyway;

/**
 * Confide's schema: the SQL migrations of {@code db/migration}, which run unchanged on H2 and
 * PostgreSQL, and those written in Java, named here rather than found by scanning a package.
 */
public final class Schema {

  private Schema() {}

  /**
   * Brings the database behind {@code source} to the current schema, English being the first
   * language offered.
   */
  public static void migrate(DataSource source) {
    migrate(source, Language.ENGLISH);
  }

  /**
   * Brings the database behind {@code source} to the current schema.
   *
   * @param source the database
   * @param firstLanguage the first language offered: what was written before languages is taken to
   *     be in it (the organisation's pages, by V36)
   */
  public static void migrate(DataSource source, Language firstLanguage) {
    Flyway.configure()
        .dataSource(source)
        .placeholders(Map.of("firstLanguage", firstLanguage.tag()))
        .locations("classpath:db/migration")
        .javaMigrations(new ReportsOwnTheirRows(), new FewerIndexesOnANewReport())
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
