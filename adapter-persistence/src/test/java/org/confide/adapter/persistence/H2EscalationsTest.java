package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.EscalationsContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link EscalationsContract} run against {@link JdbiEscalations} on a private H2 database. */
class H2EscalationsTest extends EscalationsContract {

  private final Database database = TestDatabases.h2();
  private final Escalations escalations = new JdbiEscalations(database.transactions(), cipher());

  @AfterEach
  void closeDatabase() {
    database.close();
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
