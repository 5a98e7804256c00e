package org.confide.adapter.persistence;

import org.confide.application.port.out.NotificationChoices;
import org.confide.testing.contract.NotificationChoicesContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link NotificationChoicesContract} run against {@link JdbiNotificationChoices} on
 * PostgreSQL.
 */
@NeedsPostgres
class PostgresNotificationChoicesTest extends NotificationChoicesContract {

  private NotificationChoices adapter;

  @BeforeEach
  void connect() {
    adapter = new JdbiNotificationChoices(TestDatabases.postgres().transactions());
  }

  @Override
  protected NotificationChoices choices() {
    return adapter;
  }
}
