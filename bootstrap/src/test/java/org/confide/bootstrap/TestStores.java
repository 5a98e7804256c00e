package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.confide.adapter.persistence.TestDatabases;

/**
 * The store part of the environment of a server a test starts, on {@link TestDatabases}' two
 * databases: one place that knows which variables name them.
 */
public final class TestStores {

  private TestStores() {}

  /** The embedded H2 file database in {@code directory}, the default store. */
  public static Map<String, String> h2(Path directory) {
    return Map.of("CONFIDE_STORE", "h2", "CONFIDE_DATA_DIR", directory.toString());
  }

  /**
   * The PostgreSQL test database, emptied of every row first (mark the suite {@code
   * NeedsPostgres}).
   */
  public static Map<String, String> postgres() {
    return Map.of("CONFIDE_DATABASE_URL", TestDatabases.emptiedPostgresUrl());
  }
}
