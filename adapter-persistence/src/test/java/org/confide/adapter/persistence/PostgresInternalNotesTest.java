package org.confide.adapter.persistence;

import org.confide.application.port.out.InternalNotes;
import org.confide.testing.contract.InternalNotesContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link InternalNotesContract} run against {@link JdbiInternalNotes} on the test PostgreSQL,
 * each report stored before what belongs to it ({@link ReportsFirst}).
 */
@NeedsPostgres
class PostgresInternalNotesTest extends InternalNotesContract {

  private InternalNotes notes;

  @BeforeEach
  void emptyDatabase() {
    var database = TestDatabases.postgres();
    notes =
        ReportsFirst.on(database)
            .notes(new JdbiInternalNotes(database.transactions(), TestCiphers.random()));
  }

  @Override
  protected InternalNotes notes() {
    return notes;
  }
}
