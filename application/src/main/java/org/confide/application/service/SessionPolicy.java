package org.confide.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions live. A reporter's session is short, because the device may be shared; a staff
 * session lasts a working day but ends when left idle.
 */
public record SessionPolicy(
    Duration reporterIdle, Duration reporterAbsolute, Duration staffIdle, Duration staffAbsolute) {

  public SessionPolicy {
    for (var duration : new Duration[] {reporterIdle, reporterAbsolute, staffIdle, staffAbsolute}) {
      Objects.requireNonNull(duration, "session timeouts must not be null");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("session timeouts must be positive");
      }
    }
    if (reporterIdle.compareTo(reporterAbsolute) > 0 || staffIdle.compareTo(staffAbsolute) > 0) {
      throw new IllegalArgumentException("an idle timeout must not exceed the absolute timeout");
    }
  }

  /** Reporters: 20 minutes idle, 2 hours at most. Staff: 30 minutes idle, 10 hours at most. */
  public static SessionPolicy standard() {
    return new SessionPolicy(
        Duration.ofMinutes(20), Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(10));
  }
}
