package org.confide.application.memory;

import org.confide.application.port.out.StaffDirectory;
import org.confide.testing.contract.StaffDirectoryContract;

/** The {@link StaffDirectoryContract} run against the in-memory adapter. */
class InMemoryStaffDirectoryTest extends StaffDirectoryContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected StaffDirectory staff() {
    return ports.staff;
  }
}
