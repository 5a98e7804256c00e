package org.confide.domain.session;

import java.time.Duration;
import java.time.Instant;
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

  /** How long a session of {@code subject}'s kind may be left unused before it ends. */
  public Duration idle(Session.Subject subject) {
    return subject instanceof Session.Subject.Staff ? staffIdle : reporterIdle;
  }

  /** How long a session of {@code subject}'s kind lasts at most, however busy. */
  public Duration absolute(Session.Subject subject) {
    return subject instanceof Session.Subject.Staff ? staffAbsolute : reporterAbsolute;
  }

  /**
   * Whether {@code session} has ended by {@code now}: left unused past its kind's idle limit, or
   * older than its kind's absolute limit. Expiry follows the session's own kind, whoever asks.
   */
  public boolean hasEnded(Session session, Instant now) {
    return !now.isBefore(session.createdAt().plus(absolute(session.subject())))
        || !now.isBefore(session.lastSeenAt().plus(idle(session.subject())));
  }

  /**
   * Whether a use of {@code session} at {@code now} is worth recording: only once its recorded last
   * use is {@link #lastSeenGranularity()} old.
   */
  public boolean isUseWorthRecording(Session session, Instant now) {
    return !now.isBefore(session.lastSeenAt().plus(lastSeenGranularity()));
  }

  /** Reporters: 20 minutes idle, 2 hours at most. Staff: 30 minutes idle, 10 hours at most. */
  public static SessionPolicy standard() {
    return new SessionPolicy(
        Duration.ofMinutes(20), Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(10));
  }
}
