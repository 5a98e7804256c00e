package org.confide.adapter.persistence;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.CaseListsContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link CaseListsContract} run against {@link JdbiCaseLists} on PostgreSQL. */
@NeedsPostgres
class PostgresCaseListsTest extends CaseListsContract {

  private JdbiStores stores;

  @BeforeEach
  void connect() {
    stores = JdbiStores.on(TestDatabases.postgres(), TestCiphers.random());
  }

  @Override
  protected CaseLists caseLists() {
    return stores.caseLists();
  }

  @Override
  protected Reports reports() {
    return stores.reports();
  }

  @Override
  protected MessageThreads threads() {
    return stores.threads();
  }

  @Override
  protected Escalations escalations() {
    return stores.escalations();
  }
}
