package org.confide.application.memory;

import org.confide.application.port.out.Settings;
import org.confide.application.port.out.SettingsContract;
import org.confide.application.port.out.Transactions;

/** The {@link SettingsContract} run against the in-memory adapter. */
class InMemorySettingsTest extends SettingsContract {

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Settings settings() {
    return ports.settings;
  }

  @Override
  protected Transactions transactions() {
    return ports.transactions;
  }
}
