package org.confide.adapter.persistence;

import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Reports;
import org.confide.testing.contract.CaseSearchContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link CaseSearchContract} run against {@link JdbiCaseLists} over the reports, escalations
 * and outcomes on the PostgreSQL test database.
 */
@NeedsPostgres
class PostgresCaseSearchTest extends CaseSearchContract {

  private JdbiStores stores;

  @BeforeEach
  void connect() {
    stores = JdbiStores.on(TestDatabases.postgres(), TestCiphers.random());
  }

  @Override
  protected Outcomes outcomes() {
    return stores.outcomes();
  }

  @Override
  protected CaseLists caseLists() {
    return stores.caseLists();
  }

  @Override
  protected Escalations escalations() {
    return stores.escalations();
  }

  @Override
  protected Reports reports() {
    return stores.reports();
  }
}
