package org.confide.application.memory;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Teams;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.TeamsContract;

/** The {@link TeamsContract} run against the in-memory adapters. */
class InMemoryTeamsTest extends TeamsContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Teams teams() {
    return ports.teams;
  }

  @Override
  protected Transactions transactions() {
    return ports.transactions;
  }

  @Override
  protected Reports reports() {
    return ports.reports;
  }

  @Override
  protected CaseLists caseLists() {
    return ports.caseLists;
  }
}
