package org.confide.adapter.persistence;

import org.confide.application.port.out.PatternKeys;
import org.confide.testing.contract.PatternKeysContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link PatternKeysContract} run against {@link JdbiPatternKeys} on a private in-memory H2,
 * each report stored before what belongs to it ({@link ReportsFirst}).
 */
class H2PatternKeysTest extends PatternKeysContract {

  private Database database;
  private PatternKeys adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter = ReportsFirst.on(database).patternKeys(new JdbiPatternKeys(database.transactions()));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected PatternKeys patternKeys() {
    return adapter;
  }
}
