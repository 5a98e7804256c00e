package org.confide.application.memory;

import org.confide.application.port.out.SubmissionKeys;
import org.confide.testing.contract.SubmissionKeysContract;

/** The {@link SubmissionKeysContract} run against the in-memory adapter. */
class InMemorySubmissionKeysTest extends SubmissionKeysContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected SubmissionKeys keys() {
    return ports.keys;
  }
}
