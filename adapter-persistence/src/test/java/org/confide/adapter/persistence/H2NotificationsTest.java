package org.confide.adapter.persistence;

import org.confide.application.port.out.Notifications;
import org.confide.testing.contract.NotificationsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link NotificationsContract} run against {@link JdbiNotifications} on a private H2. */
class H2NotificationsTest extends NotificationsContract {

  private Database database;
  private Notifications adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter = new JdbiNotifications(database.transactions());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected Notifications notifications() {
    return adapter;
  }
}
