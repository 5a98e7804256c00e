package org.confide.application.memory;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.NotificationChoices;
import org.confide.domain.notification.NotificationPreferences;
import org.confide.domain.staff.StaffId;

/** {@link NotificationChoices} in memory, one set of preferences per staff member. */
public final class InMemoryNotificationChoices implements NotificationChoices {

  private final InMemoryStore<StaffId, NotificationPreferences> preferences;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryNotificationChoices(InMemoryTransactions transactions) {
    this.preferences = new InMemoryStore<>(transactions);
  }

  @Override
  public Optional<NotificationPreferences> find(StaffId staff) {
    return preferences.get(Objects.requireNonNull(staff, "staff must not be null"));
  }

  @Override
  public void save(StaffId staff, NotificationPreferences preferences) {
    Objects.requireNonNull(staff, "staff must not be null");
    Objects.requireNonNull(preferences, "preferences must not be null");
    this.preferences.atomically(() -> {
      this.preferences.put(staff, preferences);
      return null;
    });
  }
}
