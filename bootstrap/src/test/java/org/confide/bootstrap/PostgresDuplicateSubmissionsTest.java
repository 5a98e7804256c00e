package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.confide.adapter.persistence.NeedsPostgres;

/** Duplicate submissions on PostgreSQL (skipped without a test database, except in CI). */
@NeedsPostgres
class PostgresDuplicateSubmissionsTest extends DuplicateSubmissions {
  @Override
  Map<String, String> store(Path directory) {
    return TestStores.postgres();
  }
}
