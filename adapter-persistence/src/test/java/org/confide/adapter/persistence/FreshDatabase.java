package org.confide.adapter.persistence;

import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.domain.shared.Language;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database of a test's own, apart from the test databases every other test shares (which
 * are kept at today's schema), for the tests of the migrations themselves: Flyway on it, plain Jdbi
 * on it, and it opened as Confide opens a database (which migrates it to today's schema).
 */
abstract class FreshDatabase {

  /** Flyway on the empty database, to migrate it as far as a test says. */
  abstract FluentConfiguration flyway();

  /** Plain Jdbi on it. */
  abstract Jdbi jdbi();

  /** It opened as Confide opens a database, English first. */
  Database open() {
    return open(Language.ENGLISH);
  }

  /** It opened as Confide opens a database offering {@code firstLanguage} first. */
  abstract Database open(Language firstLanguage);

  /** Drops it, and all it holds. */
  abstract void drop();

  /** A private in-memory H2 database. */
  static FreshDatabase h2() {
    return new FreshDatabase() {
      private final String name = "fresh-" + UUID.randomUUID();
      private final String url =
          "jdbc:h2:mem:"
              + name
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

      @Override
      FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url, "sa", "");
      }

      @Override
      Jdbi jdbi() {
        return Jdbi.create(url, "sa", "");
      }

      @Override
      Database open(Language firstLanguage) {
        return Database.h2Memory(name, firstLanguage);
      }

      @Override
      void drop() {
        jdbi().useHandle(handle -> handle.execute("drop all objects"));
      }
    };
  }

  /** A schema of its own in the PostgreSQL test database (mark the suite {@code NeedsPostgres}). */
  static FreshDatabase postgresSchema() {
    return new FreshDatabase() {
      private final String schema =
          "fresh_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

      @Override
      FluentConfiguration flyway() {
        return Flyway.configure().dataSource(source(url())).schemas(schema);
      }

      @Override
      Jdbi jdbi() {
        return Jdbi.create(source(url()));
      }

      @Override
      Database open(Language firstLanguage) {
        return Database.postgres(url(), Optional.empty(), Optional.empty(), firstLanguage);
      }

      @Override
      void drop() {
        Jdbi.create(source(TestDatabases.postgresUrl().orElseThrow()))
            .useHandle(handle -> handle.execute("drop schema if exists " + schema + " cascade"));
      }

      private String url() {
        var url = TestDatabases.postgresUrl().orElseThrow();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      }
    };
  }

  private static PGSimpleDataSource source(String url) {
    var source = new PGSimpleDataSource();
    source.setUrl(url);
    return source;
  }
}
