package org.confide.application;

import java.time.Instant;
import java.util.List;
import org.confide.domain.notification.Notification;
import org.confide.testing.Fixture;

/** The notifications a fixture's outbox holds, read and emptied as the sending job would. */
final class Outbox {

  private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");

  private Outbox() {}

  /** Kind, recipient, reference and due date of each notification waiting, a line each, sorted. */
  static List<String> lines(Fixture fixture) {
    return fixture.ports.notifications().due(LATER, 1000).stream()
        .map(Outbox::line)
        .sorted()
        .toList();
  }

  /** Marks every notification waiting as sent. */
  static void empty(Fixture fixture) {
    var now = fixture.clock.instant();
    fixture
        .ports
        .notifications()
        .due(LATER, 1000)
        .forEach(n -> fixture.ports.notifications().update(n.sent(now)));
  }

  private static String line(Notification n) {
    return n.kind()
        + " "
        + n.recipient().value()
        + n.reference().map(r -> " " + r.value()).orElse("")
        + n.dueDate().map(d -> " " + d).orElse("");
  }
}
