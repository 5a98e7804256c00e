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

  /**
   * How stale a session's recorded last use may be: a use within this long of the last one recorded
   * is not written again, so that a busy session costs the database one write a minute, not one a
   * request. A session may therefore end up to this long before its idle limit has truly passed,
   * never after. A minute, or a twentieth of the shorter idle limit if that is less.
   */
  public Duration lastSeenGranularity() {
    var shorterIdle = reporterIdle.compareTo(staffIdle) < 0 ? reporterIdle : staffIdle;
    var twentieth = shorterIdle.dividedBy(20);
    return twentieth.compareTo(Duration.ofMinutes(1)) < 0 ? twentieth : Duration.ofMinutes(1);
  }

  /** Reporters: 20 minutes idle, 2 hours at most. Staff: 30 minutes idle, 10 hours at most. */
  public static SessionPolicy standard() {
    return new SessionPolicy(
        Duration.ofMinutes(20), Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(10));
  }
}
