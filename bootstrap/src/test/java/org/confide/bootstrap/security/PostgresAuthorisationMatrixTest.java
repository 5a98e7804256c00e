package org.confide.bootstrap.security;

/** The authorisation matrix on PostgreSQL (skipped without a test database, except in CI). */
class PostgresAuthorisationMatrixTest extends AuthorisationMatrix {

  @Override
  RunningConfide start() {
    return RunningConfide.postgres();
  }
}
