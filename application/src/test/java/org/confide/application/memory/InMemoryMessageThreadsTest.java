package org.confide.application.memory;

import org.confide.application.port.out.MessageThreads;
import org.confide.testing.contract.MessageThreadsContract;

/** The {@link MessageThreadsContract} run against the in-memory adapter. */
class InMemoryMessageThreadsTest extends MessageThreadsContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected MessageThreads threads() {
    return ports.threads;
  }
}
