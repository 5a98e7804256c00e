package org.confide.bootstrap.security;

import org.confide.adapter.persistence.NeedsPostgres;

/** The bad-input corpus on PostgreSQL (skipped without a test database, except in CI). */
@NeedsPostgres
class PostgresBadInputTest extends BadInput {

  @Override
  RunningConfide start() {
    return RunningConfide.postgres();
  }

  @Override
  boolean triesTheForms() {
    return false;
  }
}
