package org.confide.application.memory;

import org.confide.application.port.out.JobLeases;
import org.confide.testing.contract.JobLeasesContract;

/** The {@link JobLeasesContract} run against the in-memory adapter. */
class InMemoryJobLeasesTest extends JobLeasesContract {

  private final JobLeases leases = new InMemoryJobLeases(new InMemoryTransactions());

  @Override
  protected JobLeases leases() {
    return leases;
  }
}
