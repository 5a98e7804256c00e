package org.confide.adapter.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A read kept for a while: for rows that every report's submission reads and that change only when
 * an administrator saves them (the settings, the routing, who holds which role).
 *
 * <p>A change through this node is seen at once: the adapter calls {@link #changingUntilTheEnd} in
 * the changing transaction, which then reads the rows itself, and a copy read before it ended is
 * dropped. A change through another node sharing the database is seen here within the time a copy
 * is kept.
 *
 * @param <T> what is read
 */
final class KeptCopy<T> {

  private final JdbiTransactions transactions;
  private final long keptForNanos;
  private final LongSupplier nanoTime;
  private final Supplier<T> read;
  // Bumped when a transaction that changed the rows ends: a copy read before then is not kept.
  private final AtomicLong generation = new AtomicLong();
  // Transactions on this node that changed the rows and have not ended: while there are any, the
  // rows are read each time, so that the changing transaction sees its own writes.
  private final AtomicInteger changing = new AtomicInteger();
  private volatile Kept<T> kept;

  private record Kept<T>(T value, long generation, long readAt) {}

  /**
   * @param transactions the transactions whose end drops a copy
   * @param keptFor how long a copy is used before the rows are read again
   * @param nanoTime the clock that measures it (tests pass their own)
   * @param read reads the rows
   */
  KeptCopy(
      JdbiTransactions transactions, Duration keptFor, LongSupplier nanoTime, Supplier<T> read) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.keptForNanos = Objects.requireNonNull(keptFor, "keptFor must not be null").toNanos();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime must not be null");
    this.read = Objects.requireNonNull(read, "read must not be null");
  }

  /** The kept copy while it is fresh and nothing on this node changed the rows; else a new read. */
  T get() {
    var now = nanoTime.getAsLong();
    var copy = kept;
    var keepable = changing.get() == 0;
    var stamp = generation.get();
    if (keepable
        && copy != null
        && copy.generation() == stamp
        && now - copy.readAt() < keptForNanos) {
      return copy.value();
    }
    var value = read.get();
    if (keepable) {
      kept = new Kept<>(value, stamp, now);
    }
    return value;
  }

  /** Called in a transaction that changes the rows: until it ends, this node reads them itself. */
  void changingUntilTheEnd() {
    changing.incrementAndGet();
    transactions.afterEnd(() -> {
      generation.incrementAndGet();
      changing.decrementAndGet();
    });
  }
}
