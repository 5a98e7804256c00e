package org.confide.adapter.persistence;

import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.EscalationsContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link EscalationsContract} run against {@link JdbiEscalations} on the test PostgreSQL. */
@NeedsPostgres
class PostgresEscalationsTest extends EscalationsContract {

  private Escalations escalations;

  @BeforeEach
  void emptyDatabase() {
    escalations =
        new JdbiEscalations(TestDatabases.postgres().transactions(), TestCiphers.random());
  }

  @Override
  protected Escalations escalations() {
    return escalations;
  }
}
