package org.confide.bootstrap.security;

/** A full run on PostgreSQL, then its pages, logs and every table (skipped without one). */
class PostgresAfterAFullRunTest extends AfterAFullRun {

  @Override
  RunningConfide start() {
    return RunningConfide.postgres();
  }
}
