package org.confide.bootstrap.security;

import org.confide.adapter.persistence.NeedsPostgres;

/** The authorisation matrix on PostgreSQL (skipped without a test database, except in CI). */
@NeedsPostgres
class PostgresAuthorisationMatrixTest extends AuthorisationMatrix {

  @Override
  RunningConfide start() {
    return RunningConfide.postgres();
  }
}
