package org.confide.bootstrap;

import java.util.Map;
import org.confide.adapter.persistence.TestDatabases;

/** The end-to-end journeys on PostgreSQL (skipped without a test database, except in CI). */
class PostgresServerEndToEndTest extends ServerEndToEnd {
  @Override
  Map<String, String> store() {
    TestDatabases.postgres();
    return Map.of("CONFIDE_DATABASE_URL", System.getenv(TestDatabases.POSTGRES_URL));
  }
}
