package org.confide.bootstrap.security;

import org.confide.adapter.persistence.NeedsPostgres;

/** Sessions on PostgreSQL (skipped without a test database, except in CI). */
@NeedsPostgres
class PostgresSessionsTest extends Sessions {

  @Override
  RunningConfide start() {
    return RunningConfide.postgres();
  }
}
