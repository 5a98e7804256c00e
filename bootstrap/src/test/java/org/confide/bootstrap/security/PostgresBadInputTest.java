package org.confide.bootstrap.security;

/** The bad-input corpus on PostgreSQL (skipped without a test database, except in CI). */
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
