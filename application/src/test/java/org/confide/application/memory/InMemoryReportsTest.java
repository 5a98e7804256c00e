package org.confide.application.memory;

import org.confide.application.port.out.Reports;
import org.confide.testing.contract.ReportsContract;

/** The {@link ReportsContract} run against the in-memory adapter. */
class InMemoryReportsTest extends ReportsContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Reports reports() {
    return ports.reports;
  }
}
