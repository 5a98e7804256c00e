package org.confide.adapter.persistence;

import org.confide.application.port.out.JobLeases;
import org.confide.testing.contract.JobLeasesContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link JobLeasesContract} run against {@link JdbiJobLeases} on a private in-memory H2. */
class H2JobLeasesTest extends JobLeasesContract {

  private Database database;
  private JobLeases adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter = new JdbiJobLeases(database.transactions());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected JobLeases leases() {
    return adapter;
  }
}
