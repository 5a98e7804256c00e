package org.confide.application.memory;

import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.ServiceFigures;
import org.confide.application.port.out.Teams;
import org.confide.testing.contract.ServiceFiguresContract;

/** The {@link ServiceFiguresContract} run against the in-memory adapter. */
class InMemoryServiceFiguresTest extends ServiceFiguresContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected ServiceFigures figures() {
    return ports.serviceFigures;
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

  @Override
  protected Teams teams() {
    return ports.teams;
  }
}
