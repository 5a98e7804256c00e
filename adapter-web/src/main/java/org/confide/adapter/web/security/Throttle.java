package org.confide.adapter.web.security;

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
 * <p>A try that is under way counts against the limit until it ends ({@link #reserve}, {@link
 * #release}): otherwise a burst of simultaneous tries would all pass the check before the first of
 * them failed, and get many times the limit.
 *
 * <p>Only failures and tries under way are held, so the memory held is bounded by their rate, and
 * stale keys are swept as new ones arrive.
 */
final class Throttle {

  private static final int SWEEP_ABOVE = 4096;
  private static final Duration TRIES_UNDER_WAY = Duration.ofSeconds(1);

  private final Clock clock;
  private final int limit;
  private final Duration window;
  private final Map<String, ArrayDeque<Instant>> failures = new HashMap<>();
  private final Map<String, Integer> underWay = new HashMap<>();
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
      return waitFor(key, now);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Starts a try by {@code key} if it may make one: empty when it may (and the try must then be
   * {@link #release released}), otherwise how long to wait.
   */
  Optional<Duration> reserve(String key) {
    var now = clock.instant();
    lock.lock();
    try {
      var wait = waitFor(key, now);
      if (wait.isEmpty()) {
        underWay.merge(key, 1, Integer::sum);
      }
      return wait;
    } finally {
      lock.unlock();
    }
  }

  /** Ends a try {@link #reserve reserved} by {@code key}, recording it if it failed. */
  void release(String key, boolean failed) {
    lock.lock();
    try {
      underWay.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
      // In the same hold of the lock, so that no other try slips in between the two.
      if (failed) {
        failed(key);
      }
    } finally {
      lock.unlock();
    }
  }

  private Optional<Duration> waitFor(String key, Instant now) {
    var times = failures.get(key);
    if (times != null) {
      prune(times, now);
      if (times.isEmpty()) {
        failures.remove(key);
        times = null;
      }
    }
    int failed = times == null ? 0 : times.size();
    if (failed + underWay.getOrDefault(key, 0) < limit) {
      return Optional.empty();
    }
    // Blocked by failures, until the oldest leaves the window; or by tries still under way, which
    // end in moments (each may yet fail, and then block until it leaves the window).
    return Optional.of(
        times != null ? Duration.between(now, times.peekFirst().plus(window)) : TRIES_UNDER_WAY);
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
