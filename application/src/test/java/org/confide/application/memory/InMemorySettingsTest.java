package org.confide.application.memory;

import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.SettingsContract;

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
