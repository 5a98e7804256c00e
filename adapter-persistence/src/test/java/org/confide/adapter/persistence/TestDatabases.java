package org.confide.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.UUID;

/**
 * The databases the persistence tests run on: a private in-memory H2 per test, and the PostgreSQL
 * named by {@code CONFIDE_TEST_POSTGRES_URL}, emptied before each test. Without that variable the
 * PostgreSQL tests are skipped with a message saying so, except under {@code CI=true}, where they
 * must run.
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

  /** The shared PostgreSQL test database, emptied of every row. */
  public static synchronized Database postgres() {
    var url = Optional.ofNullable(System.getenv(POSTGRES_URL)).filter(u -> !u.isBlank());
    if (url.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          POSTGRES_URL + " is not set, and under CI=true the PostgreSQL tests must run");
    }
    if (url.isEmpty()) {
      System.err.println(
          "SKIPPED: PostgreSQL tests, because " + POSTGRES_URL + " is not set (see README)");
    }
    assumeTrue(url.isPresent(), POSTGRES_URL + " is not set: PostgreSQL tests skipped");
    if (postgres == null) {
      postgres = Database.postgres(url.get(), Optional.empty(), Optional.empty());
    }
    empty(postgres);
    return postgres;
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

  /** A cipher under a fresh random key, as a test of a sealing adapter needs. */
  public static FieldCipher aCipher() {
    var key = new byte[32];
    var random = new java.security.SecureRandom();
    random.nextBytes(key);
    return new FieldCipher(java.util.Map.of(1, key), 1, random);
  }
}
