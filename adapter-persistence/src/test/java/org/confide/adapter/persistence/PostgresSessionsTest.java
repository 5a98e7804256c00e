package org.confide.adapter.persistence;

import org.confide.application.port.out.Sessions;
import org.confide.testing.contract.SessionsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link SessionsContract} run against {@link JdbiSessions} on the PostgreSQL test database,
 * each report stored before what belongs to it ({@link ReportsFirst}).
 */
@NeedsPostgres
class PostgresSessionsTest extends SessionsContract {

  private Sessions sessions;

  @BeforeEach
  void emptyDatabase() {
    var database = TestDatabases.postgres();
    sessions = ReportsFirst.on(database).sessions(new JdbiSessions(database.transactions()));
  }

  @Override
  protected Sessions sessions() {
    return sessions;
  }
}
