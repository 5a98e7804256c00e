package org.confide.application.memory;

import org.confide.application.port.out.ReporterKeys;
import org.confide.testing.contract.ReporterKeysContract;

/** The {@link ReporterKeysContract} run against the in-memory adapter. */
class InMemoryReporterKeysTest extends ReporterKeysContract {

  private final ReporterKeys adapter = new InMemoryReporterKeys(new InMemoryTransactions());

  @Override
  protected ReporterKeys reporterKeys() {
    return adapter;
  }
}
