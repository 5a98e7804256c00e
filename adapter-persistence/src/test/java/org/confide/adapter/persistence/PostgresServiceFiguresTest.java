package org.confide.adapter.persistence;

import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.ServiceFigures;
import org.confide.application.port.out.Teams;
import org.confide.testing.contract.ServiceFiguresContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link ServiceFiguresContract} run against {@link JdbiServiceFigures} on PostgreSQL. */
@NeedsPostgres
class PostgresServiceFiguresTest extends ServiceFiguresContract {

  private JdbiStores stores;

  @BeforeEach
  void connect() {
    stores = JdbiStores.on(TestDatabases.postgres(), TestCiphers.random());
  }

  @Override
  protected ServiceFigures figures() {
    return stores.serviceFigures();
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

  @Override
  protected Teams teams() {
    return stores.teams();
  }
}
