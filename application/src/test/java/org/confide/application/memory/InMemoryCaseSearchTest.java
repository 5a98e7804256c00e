package org.confide.application.memory;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.CaseSearchContract;

/** The {@link CaseSearchContract} run against the in-memory adapter. */
class InMemoryCaseSearchTest extends CaseSearchContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected CaseLists caseLists() {
    return ports.caseLists;
  }

  @Override
  protected Reports reports() {
    return ports.reports;
  }

  @Override
  protected Escalations escalations() {
    return ports.escalations;
  }

  @Override
  protected Outcomes outcomes() {
    return ports.outcomes;
  }
}
