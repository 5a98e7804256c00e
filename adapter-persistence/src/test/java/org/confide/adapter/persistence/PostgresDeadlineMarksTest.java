package org.confide.adapter.persistence;

import org.confide.application.port.out.DeadlineMarks;
import org.confide.testing.contract.DeadlineMarksContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link DeadlineMarksContract} run against {@link JdbiDeadlineMarks} on PostgreSQL, each
 * report stored before what belongs to it ({@link ReportsFirst}).
 */
@NeedsPostgres
class PostgresDeadlineMarksTest extends DeadlineMarksContract {

  private Database database;
  private DeadlineMarks adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter =
        ReportsFirst.on(database).deadlineMarks(new JdbiDeadlineMarks(database.transactions()));
  }

  @Override
  protected DeadlineMarks marks() {
    return adapter;
  }
}
