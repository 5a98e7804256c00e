package org.confide.application.memory;

import org.confide.application.port.out.AuditTrail;
import org.confide.testing.contract.AuditTrailContract;

/** The {@link AuditTrailContract} run against the in-memory adapter. */
class InMemoryAuditTrailTest extends AuditTrailContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected AuditTrail trail() {
    return ports.trail;
  }
}
