package org.confide.application.memory;

import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.OutcomesContract;

/** The {@link OutcomesContract} run against the in-memory adapters. */
class InMemoryOutcomesTest extends OutcomesContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Outcomes outcomes() {
    return ports.outcomes;
  }

  @Override
  protected Transactions transactions() {
    return ports.transactions;
  }

  @Override
  protected Reports reports() {
    return ports.reports;
  }
}
