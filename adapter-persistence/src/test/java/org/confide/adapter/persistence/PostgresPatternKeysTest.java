package org.confide.adapter.persistence;

import org.confide.application.port.out.PatternKeys;
import org.confide.application.port.out.PatternKeysContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link PatternKeysContract} run against {@link JdbiPatternKeys} on PostgreSQL. */
@NeedsPostgres
class PostgresPatternKeysTest extends PatternKeysContract {

  private Database database;
  private PatternKeys adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter = new JdbiPatternKeys(database.transactions());
  }

  @Override
  protected PatternKeys patternKeys() {
    return adapter;
  }
}
