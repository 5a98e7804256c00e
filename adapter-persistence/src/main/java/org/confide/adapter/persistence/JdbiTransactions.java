package org.confide.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.Transactions.StoreUnavailable;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionException;

/**
 * Transactions on one pool of connections: the connection of the running transaction is bound to
 * the thread, so every adapter called inside {@link #inTransaction} writes through it and the use
 * case commits all its writes or none. Outside a transaction, each adapter call runs on a
 * connection of its own.
 *
 * <p>An adapter works either with Jdbi ({@link #withHandle}) or, on the statements every submission
 * runs, with plain JDBC on the connection ({@link #withConnection}, see {@link PlainJdbc}). A
 * transaction opens a Jdbi handle on its connection only when an adapter first asks for one: a
 * handle copies Jdbi's whole configuration as it is made, which was about 4% of a submission's CPU
 * on PostgreSQL, and a submission asks for none.
 *
 * <p>A lost or refused connection, or a pool with no connection free within its timeout, surfaces
 * as {@link StoreUnavailable} once the transaction has been rolled back (or never began), so the
 * web layer can answer 503 rather than 500, and nothing half-written is ever committed.
 *
 * <p>A transaction the database refuses because it collided with another — a deadlock, a
 * serialization failure, or a row lock not granted within {@link Database#LOCK_TIMEOUT} — is rolled
 * back and run again, up to {@link #ATTEMPTS} times in all, after a short random pause; if it
 * collides every time, it too surfaces as {@link StoreUnavailable}. Such collisions are rare and
 * come with load (many retries of one submission replacing its access code at once, say): a busy
 * database is a reason to try again shortly, not a fault of the server.
 */
public final class JdbiTransactions implements Transactions {

  /** How many times a transaction is run before a collision with others is given up on. */
  static final int ATTEMPTS = 3;

  // H2's code for "Timeout trying to lock table"; its SQLSTATE, HYT00, also covers other timeouts.
  private static final int H2_LOCK_TIMEOUT = 50200;

  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();
  private final ThreadLocal<List<Runnable>> afterEnd = new ThreadLocal<>();

  JdbiTransactions(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "data source must not be null");
    this.jdbi = Jdbi.create(new ThreadsConnection());
  }

  /**
   * The Jdbi whose handles work in the thread's transaction, if there is one: a handle opened in a
   * transaction is on its connection, and leaves it open when closed; outside one, a handle has a
   * connection of its own from the pool.
   */
  Jdbi jdbi() {
    return jdbi;
  }

  /** The thread's transaction: its connection, and a Jdbi handle on it once one is asked for. */
  private final class Transaction {
    private final Connection connection;
    private Handle handle;

    Transaction(Connection connection) {
      this.connection = connection;
    }

    Handle handle() {
      if (handle == null) {
        // On the transaction's connection (ThreadsConnection); a handle made in a transaction
        // never ends it when closed.
        handle = jdbi.open();
      }
      return handle;
    }
  }

  /** Connections for Jdbi's handles: the thread's transaction's, else one from the pool. */
  private final class ThreadsConnection implements ConnectionFactory {
    @Override
    public Connection openConnection() throws SQLException {
      var transaction = current.get();
      return transaction != null ? transaction.connection : dataSource.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
      var transaction = current.get();
      if (transaction == null || transaction.connection != connection) {
        connection.close();
      }
    }
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    return attempted(() -> outermost(work));
  }

  /**
   * Runs {@code work} until it does not collide with other work, at most {@link #ATTEMPTS} times.
   */
  private <T> T attempted(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (!collided(e)) {
          throw translated(e);
        }
        if (attempt == ATTEMPTS) {
          throw new StoreUnavailable(
              "the database refused the work " + ATTEMPTS + " times as colliding with other work",
              e);
        }
        pause(attempt);
      }
    }
  }

  // A few milliseconds, more each time and at random, so that two colliding transactions seldom
  // meet again.
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20) * attempt);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailable("interrupted while waiting to try again", interrupted);
    }
  }

  private <T> T outermost(Supplier<T> work) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new ConnectionException(e);
    }
    var transaction = new Transaction(connection);
    try (connection) {
      connection.setAutoCommit(false);
      current.set(transaction);
      try {
        var result = work.get();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          connection.rollback();
        } catch (SQLException | RuntimeException rollbackFailed) {
          // On a dead connection the rollback fails too; the database discards the transaction.
          e.addSuppressed(rollbackFailed);
        }
        throw e;
      } finally {
        try {
          if (transaction.handle != null) {
            transaction.handle.close();
          }
        } finally {
          current.remove();
          runAfterEnd();
        }
      }
    } catch (SQLException e) {
      throw new TransactionException("the transaction could not begin or end", e);
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
    var transaction = current.get();
    if (transaction != null) {
      return use.apply(transaction.handle());
    }
    try {
      return jdbi.withHandle(use::apply);
    } catch (RuntimeException e) {
      throw translated(e);
    }
  }

  /** Runs {@code work} on the thread's transaction, or in a transaction of its own. */
  public <T> T inTransactionWithHandle(Function<Handle, T> work) {
    var transaction = current.get();
    if (transaction != null) {
      return work.apply(transaction.handle());
    }
    return inTransaction(() -> work.apply(current.get().handle()));
  }

  /**
   * Runs {@code use} with plain JDBC on the thread's transaction's connection, or outside one on a
   * connection of its own, committing each statement as it runs.
   */
  public <T> T withConnection(Function<Connection, T> use) {
    var transaction = current.get();
    if (transaction != null) {
      return use.apply(transaction.connection);
    }
    try (var connection = dataSource.getConnection()) {
      return use.apply(connection);
    } catch (SQLException e) {
      throw translated(new ConnectionException(e));
    } catch (RuntimeException e) {
      throw translated(e);
    }
  }

  /**
   * Runs {@code work} with plain JDBC on the thread's transaction, or in a transaction of its own.
   */
  public <T> T inTransactionWithConnection(Function<Connection, T> work) {
    var transaction = current.get();
    if (transaction != null) {
      return work.apply(transaction.connection);
    }
    return inTransaction(() -> work.apply(current.get().connection));
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

  /**
   * Whether {@code e} says the database refused the transaction for colliding with another: a
   * serialization failure or deadlock (SQLSTATE 40001 on both databases, 40P01 on PostgreSQL), or a
   * lock not granted in time (55P03 on PostgreSQL; H2's HYT00 with its error code 50200).
   */
  static boolean collided(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        var state = sql.getSQLState();
        if (state.equals("40001")
            || state.equals("40P01")
            || state.equals("55P03")
            || (state.equals("HYT00") && sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
          return true;
        }
      }
    }
    return false;
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
