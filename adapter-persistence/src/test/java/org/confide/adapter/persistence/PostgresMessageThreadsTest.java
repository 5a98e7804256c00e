package org.confide.adapter.persistence;

import org.confide.application.port.out.MessageThreads;
import org.confide.testing.contract.MessageThreadsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link MessageThreadsContract} run against {@link JdbiMessageThreads} on the test PostgreSQL,
 * each report stored before what belongs to it ({@link ReportsFirst}).
 */
@NeedsPostgres
class PostgresMessageThreadsTest extends MessageThreadsContract {

  private MessageThreads threads;

  @BeforeEach
  void emptyDatabase() {
    var database = TestDatabases.postgres();
    threads =
        ReportsFirst.on(database)
            .threads(new JdbiMessageThreads(database.transactions(), TestCiphers.random()));
  }

  @Override
  protected MessageThreads threads() {
    return threads;
  }
}
