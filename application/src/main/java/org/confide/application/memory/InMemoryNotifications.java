package org.confide.application.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.confide.application.port.out.Notifications;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.Notification.Status;

/** {@link Notifications} in memory, one per id. */
public final class InMemoryNotifications implements Notifications {

  private final InMemoryStore<UUID, Notification> notifications;

  /**
   * An empty outbox that takes part in {@code transactions}: give every store of one application
   * the same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryNotifications(InMemoryTransactions transactions) {
    this.notifications = new InMemoryStore<>(transactions);
  }

  @Override
  public void add(Notification notification) {
    Objects.requireNonNull(notification, "notification must not be null");
    notifications.atomically(() -> {
      if (!notifications.contains(notification.id())) {
        notifications.put(notification.id(), notification);
      }
      return null;
    });
  }

  @Override
  public List<Notification> due(Instant now, int limit) {
    Objects.requireNonNull(now, "now must not be null");
    InMemoryStore.requireLimit(limit);
    return notifications.read(map ->
        map.values().stream()
            .filter(n -> n.status() == Status.WAITING && !n.nextAttemptAt().isAfter(now))
            .sorted(
                Comparator.comparing(Notification::nextAttemptAt).thenComparing(Notification::id))
            .limit(limit)
            .toList());
  }

  @Override
  public List<Notification> digestsDue(Instant now, int limit) {
    Objects.requireNonNull(now, "now must not be null");
    InMemoryStore.requireLimit(limit);
    return notifications.read(map ->
        map.values().stream()
            .filter(n -> n.status() == Status.HELD && !n.nextAttemptAt().isAfter(now))
            .sorted(
                Comparator.comparing(Notification::nextAttemptAt).thenComparing(Notification::id))
            .limit(limit)
            .toList());
  }

  @Override
  public boolean claim(Notification notification, Notification claimed) {
    Objects.requireNonNull(notification, "notification must not be null");
    Objects.requireNonNull(claimed, "claimed must not be null");
    return notifications.atomically(() -> {
      var stored = notifications.get(notification.id());
      if (stored.isEmpty() || !stored.get().equals(notification)) {
        return false;
      }
      notifications.put(notification.id(), claimed);
      return true;
    });
  }

  @Override
  public void update(Notification notification) {
    Objects.requireNonNull(notification, "notification must not be null");
    notifications.atomically(() -> {
      if (notifications.contains(notification.id())) {
        notifications.put(notification.id(), notification);
      }
      return null;
    });
  }

  @Override
  public Optional<Notification> find(UUID id) {
    Objects.requireNonNull(id, "id must not be null");
    return notifications.get(id);
  }

  @Override
  public Counts counts() {
    return notifications.read(map -> {
      var counts = new long[Status.values().length];
      map.values().forEach(n -> counts[n.status().ordinal()]++);
      return new Counts(
          counts[Status.WAITING.ordinal()],
          counts[Status.HELD.ordinal()],
          counts[Status.SENT.ordinal()],
          counts[Status.GIVEN_UP.ordinal()],
          counts[Status.NOT_WANTED.ordinal()]);
    });
  }
}
