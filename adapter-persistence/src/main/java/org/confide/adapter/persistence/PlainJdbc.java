package org.confide.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A statement run with plain JDBC on a connection ({@link JdbiTransactions#withConnection}): for
 * the statements every submission runs, where Jdbi's statement, configuration and argument objects
 * were about a quarter of the JVM's time of a submission on PostgreSQL (see the README's
 * Benchmarks). Everywhere else Jdbi's named parameters read better and cost nothing that matters.
 */
final class PlainJdbc {

  private PlainJdbc() {}

  /**
   * Runs {@code sql} with {@code values} for its {@code ?} parameters, in order; the number of rows
   * changed. A failure is thrown as unchecked with the {@link SQLException} as its cause, which is
   * all {@link JdbiTransactions} reads to tell a collision or a lost connection.
   */
  static int update(Connection connection, String sql, Object... values) {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StatementFailed(e);
    }
  }

  /** A statement the database refused. */
  static final class StatementFailed extends RuntimeException {
    StatementFailed(SQLException cause) {
      super("the database refused a statement (SQLSTATE " + cause.getSQLState() + ")", cause);
    }
  }
}
