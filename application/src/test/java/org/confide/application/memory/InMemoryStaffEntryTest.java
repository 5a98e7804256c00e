package org.confide.application.memory;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.StaffEntryContract;

/** The {@link StaffEntryContract} run against the in-memory adapters. */
class InMemoryStaffEntryTest extends StaffEntryContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Reports reports() {
    return ports.reports;
  }

  @Override
  protected CaseLists caseLists() {
    return ports.caseLists;
  }
}
