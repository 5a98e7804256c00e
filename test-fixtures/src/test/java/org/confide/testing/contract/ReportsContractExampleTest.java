package org.confide.testing.contract;

import org.confide.application.memory.InMemoryReports;
import org.confide.application.memory.InMemoryTransactions;
import org.confide.application.port.out.Reports;

/**
 * The README's example of running a port contract against a store, here the in-memory one, from
 * outside the application module.
 */
// --- README contract example starts ---
class ReportsContractExampleTest extends ReportsContract {

  // JUnit makes a new instance for each test, so each test starts with an empty store.
  private final Reports reports = new InMemoryReports(new InMemoryTransactions());

  @Override
  protected Reports reports() {
    return reports;
  }
}
// --- README contract example ends ---
