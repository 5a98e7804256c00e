package org.confide.adapter.persistence;

/** {@link CollidingTransactions} on PostgreSQL. */
@NeedsPostgres
class PostgresCollidingTransactionsTest extends CollidingTransactions {

  @Override
  Database database() {
    return TestDatabases.postgres();
  }
}
