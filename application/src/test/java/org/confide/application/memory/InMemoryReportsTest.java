package org.confide.application.memory;

import org.confide.application.port.out.Reports;
import org.confide.testing.contract.ReportAccessCodesContract;
import org.confide.testing.contract.ReportsContract;
import org.junit.jupiter.api.Nested;

/** The {@link ReportsContract} run against the in-memory adapter. */
class InMemoryReportsTest extends ReportsContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Reports reports() {
    return ports.reports;
  }

  /** The {@link ReportAccessCodesContract} on the same adapter. */
  @Nested
  class AccessCodes extends ReportAccessCodesContract {
    @Override
    protected Reports reports() {
      return ports.reports;
    }
  }
}
