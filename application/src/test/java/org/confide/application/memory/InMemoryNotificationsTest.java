package org.confide.application.memory;

import org.confide.application.port.out.Notifications;
import org.confide.testing.contract.NotificationsContract;

/** The {@link NotificationsContract} run against the in-memory adapter. */
class InMemoryNotificationsTest extends NotificationsContract {

  private final Notifications notifications = new InMemoryNotifications(new InMemoryTransactions());

  @Override
  protected Notifications notifications() {
    return notifications;
  }
}
