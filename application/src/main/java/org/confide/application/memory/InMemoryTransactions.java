package org.confide.application.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.confide.application.port.out.Transactions;

/**
 * Transactions over the in-memory stores that share this instance. One fair lock serialises them: a
 * transaction holds it from start to end, and every read or write made outside a transaction takes
 * it briefly, so nobody sees half of a transaction. While a transaction runs, each store write
 * records how to undo itself; if the work throws, the undo log is replayed newest first. Nested
 * calls join the running transaction, as they do in the database adapters.
 *
 * <p>A store of one's own takes part as the in-memory adapters do: it makes each write inside
 * {@link #atomically}, and records there how to undo it with {@link #onRollback}.
 *
 * <pre>{@code
 * public void remove(ReportReference reference) {
 *   transactions.atomically(() -> {
 *     var removed = byReference.remove(reference);
 *     if (removed != null) {
 *       transactions.onRollback(() -> byReference.put(reference, removed));
 *     }
 *     return null;
 *   });
 * }
 * }</pre>
 */
public final class InMemoryTransactions implements Transactions {

  private final ReentrantLock lock = new ReentrantLock(true);

  // Guarded by lock; present exactly while the lock holder runs a transaction.
  private Deque<Runnable> undoLog;

  /** Transactions for a new set of stores, none running. */
  public InMemoryTransactions() {}

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work must not be null");
    lock.lock();
    try {
      if (undoLog != null) {
        return work.get();
      }
      undoLog = new ArrayDeque<>();
      try {
        return work.get();
      } catch (Throwable failure) {
        undoLog.forEach(Runnable::run);
        throw failure;
      } finally {
        undoLog = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code action} under the lock these transactions share: as part of the transaction running
   * on this thread, if there is one, or else as one step that no transaction sees half of. A store
   * makes its reads and writes here.
   *
   * @param <T> what the action answers
   * @param action the reads and writes to make
   * @return what {@code action} returned
   */
  public <T> T atomically(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Records how to undo a write just made: should the transaction running on this thread fail, the
   * undo runs, after the undos of later writes and before those of earlier ones. Outside a
   * transaction the write stands at once and nothing is recorded.
   *
   * @param undo puts back what the write changed; it must not fail
   * @throws IllegalStateException if called outside {@link #atomically} and outside a transaction
   */
  public void onRollback(Runnable undo) {
    Objects.requireNonNull(undo, "undo must not be null");
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("a write must be made under the transaction lock");
    }
    if (undoLog != null) {
      undoLog.push(undo);
    }
  }
}
