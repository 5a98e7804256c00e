package org.confide.bootstrap;

import java.util.Map;
import org.confide.adapter.persistence.NeedsPostgres;

/** The end-to-end journeys on PostgreSQL (skipped without a test database, except in CI). */
@NeedsPostgres
class PostgresServerEndToEndTest extends ServerEndToEnd {
  @Override
  Map<String, String> store() {
    return TestStores.postgres();
  }
}
