package org.confide.adapter.persistence;

import org.confide.application.port.out.PatternKeys;
import org.confide.testing.contract.PatternKeysContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link PatternKeysContract} run against {@link JdbiPatternKeys} on PostgreSQL, each report
 * stored before what belongs to it ({@link ReportsFirst}).
 */
@NeedsPostgres
class PostgresPatternKeysTest extends PatternKeysContract {

  private Database database;
  private PatternKeys adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter = ReportsFirst.on(database).patternKeys(new JdbiPatternKeys(database.transactions()));
  }

  @Override
  protected PatternKeys patternKeys() {
    return adapter;
  }
}
