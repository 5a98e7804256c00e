package org.confide.adapter.persistence;

import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.InternalNotesContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link InternalNotesContract} run against {@link JdbiInternalNotes} on a private H2 database.
 */
class H2InternalNotesTest extends InternalNotesContract {

  private final Database database = TestDatabases.h2();
  private final InternalNotes notes =
      new JdbiInternalNotes(database.transactions(), TestCiphers.random());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected InternalNotes notes() {
    return notes;
  }
}
