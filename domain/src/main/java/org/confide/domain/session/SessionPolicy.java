package org.confide.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long sessions live. A reporter's session is short, because the device may be shared; a staff
 * session lasts a working day but ends when left idle. A one-time set-password link, which opens an
 * account as a session does, lives a day unless the deployer says otherwise.
 *
 * @param reporterIdle how long a reporter's session may be left unused before it ends; positive, no
 *     longer than {@code reporterAbsolute}
 * @param reporterAbsolute how long a reporter's session lasts at most from when it was opened,
 *     however busy; positive
 * @param staffIdle how long a staff member's session may be left unused before it ends; positive,
 *     no longer than {@code staffAbsolute}
 * @param staffAbsolute how long a staff member's session lasts at most from when it was opened,
 *     however busy; positive
 * @param passwordResetLink how long a set-password link an administrator issues works; positive
 */
public record SessionPolicy(
    Duration reporterIdle,
    Duration reporterAbsolute,
    Duration staffIdle,
    Duration staffAbsolute,
    Duration passwordResetLink) {

  /**
   * A policy with these limits.
   *
   * @throws IllegalArgumentException if a limit is zero or negative, or an idle limit is longer
   *     than the absolute limit of the same kind
   * @throws NullPointerException if a limit is null
   */
  public SessionPolicy {
    for (var duration :
        new Duration[] {
          reporterIdle, reporterAbsolute, staffIdle, staffAbsolute, passwordResetLink
        }) {
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
   *
   * @return at most one minute
   */
  public Duration lastSeenGranularity() {
    var shorterIdle = reporterIdle.compareTo(staffIdle) < 0 ? reporterIdle : staffIdle;
    var twentieth = shorterIdle.dividedBy(20);
    return twentieth.compareTo(Duration.ofMinutes(1)) < 0 ? twentieth : Duration.ofMinutes(1);
  }

  /**
   * How long a session of {@code subject}'s kind may be left unused before it ends.
   *
   * @param subject whose session it is
   * @return {@code staffIdle} for staff, {@code reporterIdle} for a reporter
   */
  public Duration idle(Session.Subject subject) {
    return subject instanceof Session.Subject.Staff ? staffIdle : reporterIdle;
  }

  /**
   * How long a session of {@code subject}'s kind lasts at most, however busy.
   *
   * @param subject whose session it is
   * @return {@code staffAbsolute} for staff, {@code reporterAbsolute} for a reporter
   */
  public Duration absolute(Session.Subject subject) {
    return subject instanceof Session.Subject.Staff ? staffAbsolute : reporterAbsolute;
  }

  /**
   * Whether {@code session} has ended by {@code now}: left unused past its kind's idle limit, or
   * older than its kind's absolute limit. Expiry follows the session's own kind, whoever asks.
   *
   * @param session the session
   * @param now the current instant
   * @return true if {@code now} is at or past either limit
   */
  public boolean hasEnded(Session session, Instant now) {
    return !now.isBefore(session.createdAt().plus(absolute(session.subject())))
        || !now.isBefore(session.lastSeenAt().plus(idle(session.subject())));
  }

  /**
   * Whether a use of {@code session} at {@code now} is worth recording: only once its recorded last
   * use is {@link #lastSeenGranularity()} old.
   *
   * @param session the session, as last recorded
   * @param now when it is being used
   * @return true if the store should record {@code now} as its last use
   */
  public boolean isUseWorthRecording(Session session, Instant now) {
    return !now.isBefore(session.lastSeenAt().plus(lastSeenGranularity()));
  }

  /**
   * This policy with set-password links that work for {@code lifetime}.
   *
   * @param lifetime how long a link works
   * @return the same policy otherwise
   * @throws IllegalArgumentException if {@code lifetime} is zero or negative
   */
  public SessionPolicy withPasswordResetLink(Duration lifetime) {
    return new SessionPolicy(reporterIdle, reporterAbsolute, staffIdle, staffAbsolute, lifetime);
  }

  /**
   * Reporters: 20 minutes idle, 2 hours at most. Staff: 30 minutes idle, 10 hours at most.
   * Set-password links: 24 hours.
   *
   * @return the policy Confide starts with
   */
  public static SessionPolicy standard() {
    return new SessionPolicy(
        Duration.ofMinutes(20),
        Duration.ofHours(2),
        Duration.ofMinutes(30),
        Duration.ofHours(10),
        Duration.ofHours(24));
  }
}
