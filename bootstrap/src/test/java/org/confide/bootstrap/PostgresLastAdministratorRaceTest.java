package org.confide.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import org.confide.adapter.persistence.NeedsPostgres;

/**
 * Two administrators demoting each other at once, on PostgreSQL (skipped without a test database,
 * except in CI).
 */
@NeedsPostgres
class PostgresLastAdministratorRaceTest extends LastAdministratorRace {
  @Override
  Map<String, String> store(Path directory) {
    return TestStores.postgres();
  }
}
