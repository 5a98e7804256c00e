package org.confide.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand: give it to {@code InMemoryConfide.builder().clock(...)} and move it
 * to cross a deadline, a holiday or a session's end without waiting. It stands still between moves,
 * is safe to read and move from several threads, and is in UTC (working days are still counted in
 * the calendar's own time zone).
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;

  /**
   * A clock that reads {@code start} until it is moved.
   *
   * @param start the instant the clock shows first
   */
  public MutableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /**
   * Moves the clock forward (or, with a negative duration, back).
   *
   * @param duration how far to move it
   */
  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /**
   * Sets the clock to an instant, earlier or later than now.
   *
   * @param instant the instant the clock shows from now on
   */
  public void set(Instant instant) {
    now.set(instant);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * Not supported: the clock has one zone, UTC, so that every test reads instants alike.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock has one zone");
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
