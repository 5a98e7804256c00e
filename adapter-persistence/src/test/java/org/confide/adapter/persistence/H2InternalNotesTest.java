package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.InternalNotesContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link InternalNotesContract} run against {@link JdbiInternalNotes} on a private H2 database.
 */
class H2InternalNotesTest extends InternalNotesContract {

  private final Database database = TestDatabases.h2();
  private final InternalNotes notes = new JdbiInternalNotes(database.transactions(), cipher());

  @AfterEach
  void closeDatabase() {
    database.close();
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
