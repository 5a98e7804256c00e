package org.confide.adapter.persistence;

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
    notes = new JdbiInternalNotes(TestDatabases.postgres().transactions(), TestCiphers.random());
  }

  @Override
  protected InternalNotes notes() {
    return notes;
  }
}
