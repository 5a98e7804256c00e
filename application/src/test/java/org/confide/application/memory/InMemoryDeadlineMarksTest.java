package org.confide.application.memory;

import org.confide.application.port.out.DeadlineMarks;
import org.confide.testing.contract.DeadlineMarksContract;

/** The {@link DeadlineMarksContract} run against the in-memory adapter. */
class InMemoryDeadlineMarksTest extends DeadlineMarksContract {

  private final DeadlineMarks marks = new InMemoryDeadlineMarks(new InMemoryTransactions());

  @Override
  protected DeadlineMarks marks() {
    return marks;
  }
}
