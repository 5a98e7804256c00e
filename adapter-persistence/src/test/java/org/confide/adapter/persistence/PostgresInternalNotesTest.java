package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.InternalNotesContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link InternalNotesContract} run against {@link JdbiInternalNotes} on the test PostgreSQL.
 */
@NeedsPostgres
class PostgresInternalNotesTest extends InternalNotesContract {

  private InternalNotes notes;

  @BeforeEach
  void emptyDatabase() {
    notes = new JdbiInternalNotes(TestDatabases.postgres().transactions(), cipher());
  }

  @Override
  protected InternalNotes notes() {
    return notes;
  }

  private static FieldCipher cipher() {
    var key = new byte[32];
    var random = new SecureRandom();
    random.nextBytes(key);
    return new FieldCipher(Map.of(1, key), 1, random);
  }
}
