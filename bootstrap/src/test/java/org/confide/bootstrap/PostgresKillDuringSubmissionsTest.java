package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.confide.adapter.persistence.TestDatabases;

/** SIGKILL during submissions on PostgreSQL (skipped without a test database, except in CI). */
class PostgresKillDuringSubmissionsTest extends KillDuringSubmissions {
  @Override
  Map<String, String> store(Path directory) {
    TestDatabases.postgres();
    return Map.of("CONFIDE_DATABASE_URL", System.getenv(TestDatabases.POSTGRES_URL));
  }
}
