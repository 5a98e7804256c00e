package org.example.confide;

import org.confide.application.memory.InMemoryTransactions;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.ReportsContract;

/** Our store held to the contract every Confide report store meets. */
class MapReportsTest extends ReportsContract {

  private final Reports reports = new MapReports(new InMemoryTransactions());

  @Override
  protected Reports reports() {
    return reports;
  }
}
