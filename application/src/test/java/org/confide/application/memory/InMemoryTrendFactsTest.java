package org.confide.application.memory;

import org.confide.application.port.out.TrendFacts;
import org.confide.testing.contract.TrendFactsContract;

/** The {@link TrendFactsContract} run against the in-memory adapter. */
class InMemoryTrendFactsTest extends TrendFactsContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected TrendFacts trendFacts() {
    return ports.trendFacts;
  }
}
