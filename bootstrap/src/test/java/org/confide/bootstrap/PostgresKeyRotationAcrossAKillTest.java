package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.confide.adapter.persistence.NeedsPostgres;

/**
 * A key rotation across a SIGKILL on PostgreSQL (skipped without a test database, except in CI).
 */
@NeedsPostgres
class PostgresKeyRotationAcrossAKillTest extends KeyRotationAcrossAKill {
  @Override
  Map<String, String> store(Path directory) {
    return TestStores.postgres();
  }
}
