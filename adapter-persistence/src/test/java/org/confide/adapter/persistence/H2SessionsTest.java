package org.confide.adapter.persistence;

import org.confide.application.port.out.Sessions;
import org.confide.testing.contract.SessionsContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link SessionsContract} run against {@link JdbiSessions} on a private H2 database, each
 * report stored before what belongs to it ({@link ReportsFirst}).
 */
class H2SessionsTest extends SessionsContract {

  private final Database database = TestDatabases.h2();
  private final Sessions sessions =
      ReportsFirst.on(database).sessions(new JdbiSessions(database.transactions()));

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected Sessions sessions() {
    return sessions;
  }
}
