package org.confide.adapter.persistence;

import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.MessageThreadsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link MessageThreadsContract} run against {@link JdbiMessageThreads} on the test PostgreSQL.
 */
@NeedsPostgres
class PostgresMessageThreadsTest extends MessageThreadsContract {

  private MessageThreads threads;

  @BeforeEach
  void emptyDatabase() {
    threads = new JdbiMessageThreads(TestDatabases.postgres().transactions(), TestCiphers.random());
  }

  @Override
  protected MessageThreads threads() {
    return threads;
  }
}
