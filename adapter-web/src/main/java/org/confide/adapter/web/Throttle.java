package org.confide.adapter.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts failures per key in a sliding window, in memory: once a key has {@code limit} failures
 * within {@code window}, it is blocked until the oldest of them leaves the window. Keys are opaque
 * (see {@link PrivateKeys}): this class never sees an address or an email.
 *
 * <p>Only failures are recorded, so the memory held is bounded by the rate of failures, and stale
 * keys are swept as new ones arrive.
 */
final class Throttle {

  private static final int SWEEP_ABOVE = 4096;

  private final Clock clock;
  private final int limit;
  private final Duration window;
  private final Map<String, ArrayDeque<Instant>> failures = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();

  Throttle(Clock clock, int limit, Duration window) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    this.limit = limit;
    this.window = Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive");
    }
  }

  /** How long {@code key} must wait before its next try, if it is blocked now. */
  Optional<Duration> blocked(String key) {
    var now = clock.instant();
    lock.lock();
    try {
      var times = failures.get(key);
      if (times == null) {
        return Optional.empty();
      }
      prune(times, now);
      if (times.isEmpty()) {
        failures.remove(key);
        return Optional.empty();
      }
      if (times.size() < limit) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
    } finally {
      lock.unlock();
    }
  }

  /** Records one failed try by {@code key}. */
  void failed(String key) {
    var now = clock.instant();
    lock.lock();
    try {
      if (failures.size() > SWEEP_ABOVE) {
        sweep(now);
      }
      var times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      prune(times, now);
      times.addLast(now);
      // Only the newest `limit` matter for blocking; older ones would only hold memory.
      while (times.size() > limit) {
        times.removeFirst();
      }
    } finally {
      lock.unlock();
    }
  }

  /** How many keys have failures in memory; for tests. */
  int keys() {
    lock.lock();
    try {
      return failures.size();
    } finally {
      lock.unlock();
    }
  }

  private void prune(ArrayDeque<Instant> times, Instant now) {
    var cutoff = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
  }

  private void sweep(Instant now) {
    var iterator = failures.values().iterator();
    while (iterator.hasNext()) {
      var times = iterator.next();
      prune(times, now);
      if (times.isEmpty()) {
        iterator.remove();
      }
    }
  }
}
