package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.EscalationsContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link EscalationsContract} run against {@link JdbiEscalations} on the test PostgreSQL. */
@NeedsPostgres
class PostgresEscalationsTest extends EscalationsContract {

  private Escalations escalations;

  @BeforeEach
  void emptyDatabase() {
    escalations = new JdbiEscalations(TestDatabases.postgres().transactions(), cipher());
  }

  @Override
  protected Escalations escalations() {
    return escalations;
  }

  private static FieldCipher cipher() {
    var key = new byte[32];
    var random = new SecureRandom();
    random.nextBytes(key);
    return new FieldCipher(Map.of(1, key), 1, random);
  }
}
