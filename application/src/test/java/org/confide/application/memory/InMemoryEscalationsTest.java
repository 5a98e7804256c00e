package org.confide.application.memory;

import org.confide.application.port.out.Escalations;
import org.confide.testing.contract.EscalationsContract;

/** The {@link EscalationsContract} run against the in-memory adapter. */
class InMemoryEscalationsTest extends EscalationsContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Escalations escalations() {
    return ports.escalations;
  }
}
