package org.confide.bootstrap.security;

import org.confide.adapter.persistence.NeedsPostgres;

/** A full run on PostgreSQL, then its pages, logs and every table (skipped without one). */
@NeedsPostgres
class PostgresAfterAFullRunTest extends AfterAFullRun {

  @Override
  RunningConfide start() {
    return RunningConfide.postgres();
  }
}
