package org.confide.application.memory;

import org.confide.application.port.out.PatternKeys;
import org.confide.testing.contract.PatternKeysContract;

/** The {@link PatternKeysContract} run against the in-memory adapter. */
class InMemoryPatternKeysTest extends PatternKeysContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected PatternKeys patternKeys() {
    return ports.patternKeys;
  }
}
