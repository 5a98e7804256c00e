package org.confide.application.memory;

import org.confide.application.port.out.InternalNotes;
import org.confide.testing.contract.InternalNotesContract;

/** The {@link InternalNotesContract} run against the in-memory adapter. */
class InMemoryInternalNotesTest extends InternalNotesContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected InternalNotes notes() {
    return ports.notes;
  }
}
