package org.confide.adapter.persistence;

import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.SessionsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link SessionsContract} run against {@link JdbiSessions} on the PostgreSQL test database.
 */
@NeedsPostgres
class PostgresSessionsTest extends SessionsContract {

  private Sessions sessions;

  @BeforeEach
  void emptyDatabase() {
    sessions = new JdbiSessions(TestDatabases.postgres().transactions());
  }

  @Override
  protected Sessions sessions() {
    return sessions;
  }
}
