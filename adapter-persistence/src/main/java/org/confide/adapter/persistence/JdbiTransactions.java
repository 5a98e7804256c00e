package org.confide.adapter.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.Transactions.StoreUnavailable;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions on one Jdbi: the handle of the running transaction is bound to the thread, so every
 * adapter called inside {@link #inTransaction} writes through it and the use case commits all its
 * writes or none. Outside a transaction, each adapter call runs on its own handle.
 *
 * <p>A lost or refused connection, or a pool with no connection free within its timeout, surfaces
 * as {@link StoreUnavailable} once the transaction has been rolled back (or never began), so the
 * web layer can answer 503 rather than 500, and nothing half-written is ever committed.
 */
public final class JdbiTransactions implements Transactions {

  private final Jdbi jdbi;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();
  private final ThreadLocal<List<Runnable>> afterEnd = new ThreadLocal<>();

  JdbiTransactions(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    try {
      return outermost(work);
    } catch (RuntimeException e) {
      throw translated(e);
    }
  }

  private <T> T outermost(Supplier<T> work) {
    try (var handle = jdbi.open()) {
      handle.begin();
      current.set(handle);
      try {
        var result = work.get();
        handle.commit();
        return result;
      } catch (RuntimeException | Error e) {
        try {
          handle.rollback();
        } catch (RuntimeException rollbackFailed) {
          // On a dead connection the rollback fails too; the database discards the transaction.
          e.addSuppressed(rollbackFailed);
        }
        throw e;
      } finally {
        current.remove();
        runAfterEnd();
      }
    }
  }

  /**
   * Runs {@code action} once the thread's transaction has ended, committed or rolled back, or at
   * once outside a transaction: for caches that must forget what a transaction may have changed.
   */
  void afterEnd(Runnable action) {
    Objects.requireNonNull(action, "action must not be null");
    if (current.get() == null) {
      action.run();
      return;
    }
    var actions = afterEnd.get();
    if (actions == null) {
      actions = new ArrayList<>();
      afterEnd.set(actions);
    }
    actions.add(action);
  }

  private void runAfterEnd() {
    var actions = afterEnd.get();
    if (actions != null) {
      afterEnd.remove();
      actions.forEach(Runnable::run);
    }
  }

  /** Runs {@code use} on the thread's transaction, or on a handle of its own outside one. */
  public <T> T withHandle(Function<Handle, T> use) {
    var handle = current.get();
    if (handle != null) {
      return use.apply(handle);
    }
    try {
      return jdbi.withHandle(use::apply);
    } catch (RuntimeException e) {
      throw translated(e);
    }
  }

  /** Runs {@code work} on the thread's transaction, or in a transaction of its own. */
  public <T> T inTransactionWithHandle(Function<Handle, T> work) {
    var handle = current.get();
    if (handle != null) {
      return work.apply(handle);
    }
    return inTransaction(() -> work.apply(current.get()));
  }

  /** {@code e} as {@link StoreUnavailable} if it says the database cannot be reached. */
  static RuntimeException translated(RuntimeException e) {
    if (e instanceof StoreUnavailable) {
      return e;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || (cause instanceof SQLException sql && lostConnection(sql.getSQLState()))) {
        return new StoreUnavailable("the database cannot be reached", e);
      }
    }
    return e;
  }

  // SQLSTATE class 08 is "connection exception" on every database; PostgreSQL's 57P01 to 57P03
  // are an administrator's shutdown, a crash shutdown and "cannot connect now" (starting up).
  private static boolean lostConnection(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }
}
