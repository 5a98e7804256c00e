package org.confide.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.UUID;
import org.confide.testing.Prerequisite;

/**
 * The databases every test runs on, in this module and in {@code bootstrap}: a private in-memory H2
 * per test, and the PostgreSQL named by {@code CONFIDE_TEST_POSTGRES_URL}, emptied before each
 * test. A suite that needs PostgreSQL says so with {@link NeedsPostgres}, which skips it with one
 * message when the variable is not set, except under {@code CI=true}, where it must run.
 */
public final class TestDatabases {

  /** The environment variable holding the PostgreSQL JDBC URL for tests. */
  public static final String POSTGRES_URL = "CONFIDE_TEST_POSTGRES_URL";

  private static Database postgres;

  private TestDatabases() {}

  /** A fresh, empty H2 database; close it after the test. */
  public static Database h2() {
    return Database.h2Memory("test-" + UUID.randomUUID());
  }

  /** The JDBC URL of the PostgreSQL test database, if one is named; the database is not touched. */
  public static Optional<String> postgresUrl() {
    return Optional.ofNullable(System.getenv(POSTGRES_URL)).filter(url -> !url.isBlank());
  }

  /** The shared PostgreSQL test database, emptied of every row. */
  public static synchronized Database postgres() {
    var url = postgresUrl();
    if (url.isEmpty() && Prerequisite.underCi()) {
      throw new IllegalStateException(
          POSTGRES_URL + " is not set, and under CI=true the PostgreSQL tests must run");
    }
    // Suites are marked @NeedsPostgres and never get here without a URL; this covers a test that
    // is not, so that it is skipped rather than failing with a NullPointerException.
    assumeTrue(url.isPresent(), POSTGRES_URL + " is not set: PostgreSQL tests skipped");
    if (postgres == null) {
      postgres = Database.postgres(url.get(), Optional.empty(), Optional.empty());
    }
    empty(postgres);
    return postgres;
  }

  /**
   * The JDBC URL of the PostgreSQL test database, emptied of every row: for a server or a child
   * process the test starts on it.
   */
  public static String emptiedPostgresUrl() {
    postgres();
    return postgresUrl().orElseThrow();
  }

  /** Deletes every row of every Confide table (the schema history stays). */
  public static void empty(Database database) {
    database
        .jdbi()
        .useHandle(handle -> {
          var tables =
              handle
                  .createQuery(
                      "select table_name from information_schema.tables"
                          + " where table_schema = current_schema()"
                          + " and table_type = 'BASE TABLE'"
                          + " and table_name <> 'flyway_schema_history'")
                  .mapTo(String.class)
                  .list();
          if (!tables.isEmpty()) {
            handle.execute("truncate table " + String.join(", ", tables) + " cascade");
          }
        });
  }
}
