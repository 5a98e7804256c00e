package org.confide.adapter.persistence;

import org.confide.application.port.out.Escalations;
import org.confide.testing.contract.EscalationsContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link EscalationsContract} run against {@link JdbiEscalations} on a private H2 database,
 * each report stored before what belongs to it ({@link ReportsFirst}).
 */
class H2EscalationsTest extends EscalationsContract {

  private final Database database = TestDatabases.h2();
  private final Escalations escalations =
      ReportsFirst.on(database)
          .escalations(new JdbiEscalations(database.transactions(), TestCiphers.random()));

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected Escalations escalations() {
    return escalations;
  }
}
