package org.confide.application.memory;

import org.confide.application.port.out.Sessions;
import org.confide.testing.contract.SessionsContract;

/** The {@link SessionsContract} run against the in-memory adapter. */
class InMemorySessionsTest extends SessionsContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Sessions sessions() {
    return ports.sessions;
  }
}
