package org.example.confide;

import org.confide.application.memory.InMemoryTransactions;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.ReportAccessCodesContract;
import org.confide.testing.contract.ReportsContract;
import org.junit.jupiter.api.Nested;

/** Our store held to the contract every Confide report store meets. */
class MapReportsTest extends ReportsContract {

  private final Reports reports = new MapReports(new InMemoryTransactions());

  @Override
  protected Reports reports() {
    return reports;
  }

  /** The {@link ReportAccessCodesContract} on the same adapter. */
  @Nested
  class AccessCodes extends ReportAccessCodesContract {
    @Override
    protected Reports reports() {
      return reports;
    }
  }
}
