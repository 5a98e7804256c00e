package org.confide.adapter.persistence;

import org.confide.application.port.out.DeadlineMarks;
import org.confide.testing.contract.DeadlineMarksContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link DeadlineMarksContract} run against {@link JdbiDeadlineMarks} on a private in-memory
 * H2, each report stored before what belongs to it ({@link ReportsFirst}).
 */
class H2DeadlineMarksTest extends DeadlineMarksContract {

  private Database database;
  private DeadlineMarks adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter =
        ReportsFirst.on(database).deadlineMarks(new JdbiDeadlineMarks(database.transactions()));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected DeadlineMarks marks() {
    return adapter;
  }
}
