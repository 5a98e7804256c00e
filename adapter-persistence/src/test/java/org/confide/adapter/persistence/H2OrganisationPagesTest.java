package org.confide.adapter.persistence;

import org.confide.application.port.out.OrganisationPages;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.OrganisationPagesContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link OrganisationPagesContract} run against {@link JdbiOrganisationPages} on a private H2
 * database.
 */
class H2OrganisationPagesTest extends OrganisationPagesContract {

  private final Database database = TestDatabases.h2();
  private final OrganisationPages pages = new JdbiOrganisationPages(database.transactions());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected OrganisationPages pages() {
    return pages;
  }

  @Override
  protected Transactions transactions() {
    return database.transactions();
  }
}
