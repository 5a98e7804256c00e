package org.confide.adapter.persistence;

import org.confide.application.port.out.InternalNotes;
import org.confide.testing.contract.InternalNotesContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link InternalNotesContract} run against {@link JdbiInternalNotes} on a private H2 database,
 * each report stored before what belongs to it ({@link ReportsFirst}).
 */
class H2InternalNotesTest extends InternalNotesContract {

  private final Database database = TestDatabases.h2();
  private final InternalNotes notes =
      ReportsFirst.on(database)
          .notes(new JdbiInternalNotes(database.transactions(), TestCiphers.random()));

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected InternalNotes notes() {
    return notes;
  }
}
