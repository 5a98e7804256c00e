package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.confide.adapter.persistence.NeedsPostgres;

/** SIGKILL during submissions on PostgreSQL (skipped without a test database, except in CI). */
@NeedsPostgres
class PostgresKillDuringSubmissionsTest extends KillDuringSubmissions {
  @Override
  Map<String, String> store(Path directory) {
    return TestStores.postgres();
  }
}
