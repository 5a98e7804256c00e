package org.confide.application.memory;

import org.confide.application.port.out.OrganisationPages;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.OrganisationPagesContract;

/** The {@link OrganisationPagesContract} run against the in-memory adapter. */
class InMemoryOrganisationPagesTest extends OrganisationPagesContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected OrganisationPages pages() {
    return ports.organisationPages;
  }

  @Override
  protected Transactions transactions() {
    return ports.transactions;
  }
}
