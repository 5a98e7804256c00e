package org.confide.application.memory;

import org.confide.application.port.out.NotificationChoices;
import org.confide.testing.contract.NotificationChoicesContract;

/** The {@link NotificationChoicesContract} run against the in-memory adapter. */
class InMemoryNotificationChoicesTest extends NotificationChoicesContract {

  private final NotificationChoices choices =
      new InMemoryNotificationChoices(new InMemoryTransactions());

  @Override
  protected NotificationChoices choices() {
    return choices;
  }
}
