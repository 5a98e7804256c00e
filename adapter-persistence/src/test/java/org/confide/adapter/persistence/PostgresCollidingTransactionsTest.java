package org.confide.adapter.persistence;

/** {@link CollidingTransactions} on PostgreSQL. */
class PostgresCollidingTransactionsTest extends CollidingTransactions {

  @Override
  Database database() {
    return TestDatabases.postgres();
  }
}
