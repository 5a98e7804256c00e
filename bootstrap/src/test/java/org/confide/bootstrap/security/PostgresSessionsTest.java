package org.confide.bootstrap.security;

/** Sessions on PostgreSQL (skipped without a test database, except in CI). */
class PostgresSessionsTest extends Sessions {

  @Override
  RunningConfide start() {
    return RunningConfide.postgres();
  }
}
