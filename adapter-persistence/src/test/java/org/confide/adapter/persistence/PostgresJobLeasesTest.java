package org.confide.adapter.persistence;

import org.confide.application.port.out.JobLeases;
import org.confide.testing.contract.JobLeasesContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link JobLeasesContract} run against {@link JdbiJobLeases} on PostgreSQL. */
@NeedsPostgres
class PostgresJobLeasesTest extends JobLeasesContract {

  private Database database;
  private JobLeases adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter = new JdbiJobLeases(database.transactions());
  }

  @Override
  protected JobLeases leases() {
    return adapter;
  }
}
