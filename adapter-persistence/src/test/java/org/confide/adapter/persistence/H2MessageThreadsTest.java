package org.confide.adapter.persistence;

import org.confide.application.port.out.MessageThreads;
import org.confide.testing.contract.MessageThreadsContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link MessageThreadsContract} run against {@link JdbiMessageThreads} on a private H2
 * database, each report stored before what belongs to it ({@link ReportsFirst}).
 */
class H2MessageThreadsTest extends MessageThreadsContract {

  private final Database database = TestDatabases.h2();
  private final MessageThreads threads =
      ReportsFirst.on(database)
          .threads(new JdbiMessageThreads(database.transactions(), TestCiphers.random()));

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected MessageThreads threads() {
    return threads;
  }
}
