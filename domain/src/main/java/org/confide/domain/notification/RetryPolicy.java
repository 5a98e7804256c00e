package org.confide.domain.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * How a failed delivery is retried: after the first failure it waits {@code firstDelay}, each
 * failure after that doubles the wait up to {@code longestDelay}, and after {@code tries} attempts
 * in all the notification is given up.
 *
 * @param firstDelay the wait after the first failed attempt
 * @param longestDelay the longest wait between two attempts
 * @param tries how many attempts are made before giving up, at least 1
 */
public record RetryPolicy(Duration firstDelay, Duration longestDelay, int tries) {

  /**
   * Refuses a missing, negative or inconsistent component.
   *
   * @throws NullPointerException if a delay is null
   * @throws IllegalArgumentException if a delay is negative, the longest is shorter than the first,
   *     or {@code tries} is below 1
   */
  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "first delay must not be null");
    Objects.requireNonNull(longestDelay, "longest delay must not be null");
    if (firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("delays must be positive, the longest at least the first");
    }
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1");
    }
  }

  /**
   * Ten attempts: the waits are 1, 2, 4, 8, 16 and 32 minutes, then an hour three times, so a
   * notification is given up about four hours after its first attempt — long enough for a mail
   * server's restart or an afternoon's outage, short enough that a stale "due tomorrow" is not sent
   * days late.
   *
   * @return the standard policy
   */
  public static RetryPolicy standard() {
    return new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 10);
  }

  /**
   * The wait after the {@code attempts}th failed attempt.
   *
   * @param attempts how many attempts have failed, at least 1
   * @return the wait before the next attempt
   */
  public Duration delayAfter(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    var delay = firstDelay;
    for (int i = 1; i < attempts && delay.compareTo(longestDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
  }
}
