package org.confide.adapter.persistence;

import org.confide.application.port.out.OrganisationPages;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.OrganisationPagesContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link OrganisationPagesContract} run against {@link JdbiOrganisationPages} on the PostgreSQL
 * test database.
 */
@NeedsPostgres
class PostgresOrganisationPagesTest extends OrganisationPagesContract {

  private OrganisationPages pages;
  private JdbiTransactions transactions;

  @BeforeEach
  void emptyDatabase() {
    transactions = TestDatabases.postgres().transactions();
    pages = new JdbiOrganisationPages(transactions);
  }

  @Override
  protected OrganisationPages pages() {
    return pages;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
