package org.confide.adapter.persistence;

import org.confide.application.port.out.NotificationChoices;
import org.confide.testing.contract.NotificationChoicesContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link NotificationChoicesContract} run against {@link JdbiNotificationChoices} on a private
 * H2.
 */
class H2NotificationChoicesTest extends NotificationChoicesContract {

  private Database database;
  private NotificationChoices adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter = new JdbiNotificationChoices(database.transactions());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected NotificationChoices choices() {
    return adapter;
  }
}
