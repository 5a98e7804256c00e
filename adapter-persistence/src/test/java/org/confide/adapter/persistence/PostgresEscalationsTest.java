package org.confide.adapter.persistence;

import org.confide.application.port.out.Escalations;
import org.confide.testing.contract.EscalationsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link EscalationsContract} run against {@link JdbiEscalations} on the test PostgreSQL, each
 * report stored before what belongs to it ({@link ReportsFirst}).
 */
@NeedsPostgres
class PostgresEscalationsTest extends EscalationsContract {

  private Escalations escalations;

  @BeforeEach
  void emptyDatabase() {
    var database = TestDatabases.postgres();
    escalations =
        ReportsFirst.on(database)
            .escalations(new JdbiEscalations(database.transactions(), TestCiphers.random()));
  }

  @Override
  protected Escalations escalations() {
    return escalations;
  }
}
