package org.confide.application.memory;

import org.confide.application.port.out.AccessCodes;
import org.confide.testing.contract.AccessCodesContract;

/** The {@link AccessCodesContract} run against the in-memory adapter. */
class InMemoryAccessCodesTest extends AccessCodesContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected AccessCodes accessCodes() {
    return ports.accessCodes;
  }
}
