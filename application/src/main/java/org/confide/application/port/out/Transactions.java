package org.confide.application.port.out;

import java.util.function.Supplier;

/** The unit of work: a use case's writes are committed together, or none of them is. */
public interface Transactions {

  /**
   * Runs {@code work} in one transaction and returns its result. If {@code work} throws, every
   * write it made through the ports is undone and the exception propagates. Nested calls join the
   * transaction already running.
   *
   * <p>A store may undo {@code work} and run it again when its transaction collided with another (a
   * deadlock, say), so {@code work} must change nothing but through the ports.
   *
   * @param <T> what the work answers
   * @param work the reads and writes of one use case
   * @return what {@code work} returned, once committed
   * @throws StoreUnavailable if the store cannot be reached or the work kept colliding
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * The store cannot be reached just now: the database is down, the network to it is cut, every
   * connection stayed busy past the wait, or the work kept colliding with other work. Any driven
   * port backed by a database may throw it; the work in hand was not committed (its transaction
   * rolled back, or never began) — except when the connection was lost during the commit itself,
   * when the outcome is unknown — so the caller may retry later. It carries no message from the
   * database, which might quote what was written.
   */
  final class StoreUnavailable extends RuntimeException {

    /**
     * A store that cannot be reached.
     *
     * @param reason what happened, in words that quote nothing written
     * @param cause the database's exception, kept for the stack trace
     */
    public StoreUnavailable(String reason, Throwable cause) {
      super(reason, cause, false, false);
    }
  }
}
