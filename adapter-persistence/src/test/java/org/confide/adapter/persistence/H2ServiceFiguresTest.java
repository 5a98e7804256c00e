package org.confide.adapter.persistence;

import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.ServiceFigures;
import org.confide.application.port.out.Teams;
import org.confide.testing.contract.ServiceFiguresContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link ServiceFiguresContract} run against {@link JdbiServiceFigures} on a private H2
 * database.
 */
class H2ServiceFiguresTest extends ServiceFiguresContract {

  private final Database database = TestDatabases.h2();
  private final JdbiStores stores = JdbiStores.on(database, TestCiphers.random());

  @AfterEach
  void closeDatabase() {
    database.close();
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
