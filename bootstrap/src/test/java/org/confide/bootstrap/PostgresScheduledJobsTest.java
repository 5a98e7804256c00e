package org.confide.bootstrap;

import org.confide.adapter.persistence.Database;
import org.confide.adapter.persistence.NeedsPostgres;
import org.confide.adapter.persistence.TestDatabases;

/** Job leases between two schedulers on PostgreSQL (skipped without one, except in CI). */
@NeedsPostgres
class PostgresScheduledJobsTest extends ScheduledJobsExclusivity {

  @Override
  Database database() {
    return TestDatabases.postgres();
  }
}
