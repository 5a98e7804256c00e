package org.confide.adapter.persistence;

import org.confide.application.port.out.Notifications;
import org.confide.testing.contract.NotificationsContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link NotificationsContract} run against {@link JdbiNotifications} on PostgreSQL. */
@NeedsPostgres
class PostgresNotificationsTest extends NotificationsContract {

  private Notifications adapter;

  @BeforeEach
  void connect() {
    adapter = new JdbiNotifications(TestDatabases.postgres().transactions());
  }

  @Override
  protected Notifications notifications() {
    return adapter;
  }
}
