package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.confide.adapter.persistence.TestDatabases;

/** Duplicate submissions on PostgreSQL (skipped without a test database, except in CI). */
class PostgresDuplicateSubmissionsTest extends DuplicateSubmissions {
  @Override
  Map<String, String> store(Path directory) {
    TestDatabases.postgres();
    return Map.of("CONFIDE_DATABASE_URL", System.getenv(TestDatabases.POSTGRES_URL));
  }
}
