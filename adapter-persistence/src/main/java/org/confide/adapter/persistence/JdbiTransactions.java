package org.confide.adapter.persistence;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.confide.application.port.out.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions on one Jdbi: the handle of the running transaction is bound to the thread, so every
 * adapter called inside {@link #inTransaction} writes through it and the use case commits all its
 * writes or none. Outside a transaction, each adapter call runs on its own handle.
 */
public final class JdbiTransactions implements Transactions {

  private final Jdbi jdbi;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  JdbiTransactions(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    try (var handle = jdbi.open()) {
      handle.begin();
      current.set(handle);
      try {
        var result = work.get();
        handle.commit();
        return result;
      } catch (RuntimeException | Error e) {
        handle.rollback();
        throw e;
      } finally {
        current.remove();
      }
    }
  }

  /** Runs {@code use} on the thread's transaction, or on a handle of its own outside one. */
  public <T> T withHandle(Function<Handle, T> use) {
    var handle = current.get();
    if (handle != null) {
      return use.apply(handle);
    }
    return jdbi.withHandle(use::apply);
  }

  /** Runs {@code work} on the thread's transaction, or in a transaction of its own. */
  public <T> T inTransactionWithHandle(Function<Handle, T> work) {
    var handle = current.get();
    if (handle != null) {
      return work.apply(handle);
    }
    return inTransaction(() -> work.apply(current.get()));
  }
}
