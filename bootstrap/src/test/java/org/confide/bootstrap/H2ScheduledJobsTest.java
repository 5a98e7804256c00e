package org.confide.bootstrap;

import org.confide.adapter.persistence.Database;
import org.confide.adapter.persistence.TestDatabases;
import org.junit.jupiter.api.AfterEach;

/** Job leases between two schedulers on a private in-memory H2. */
class H2ScheduledJobsTest extends ScheduledJobsExclusivity {

  private Database database;

  @Override
  Database database() {
    database = TestDatabases.h2();
    return database;
  }

  @AfterEach
  void closeDatabase() {
    stop();
    database.close();
  }
}
