package org.confide.application.memory;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.CaseListsContract;

/** The {@link CaseListsContract} run against the in-memory adapter. */
class InMemoryCaseListsTest extends CaseListsContract {

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
  protected MessageThreads threads() {
    return ports.threads;
  }

  @Override
  protected Escalations escalations() {
    return ports.escalations;
  }
}
