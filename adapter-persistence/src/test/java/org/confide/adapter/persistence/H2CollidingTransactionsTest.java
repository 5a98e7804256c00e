package org.confide.adapter.persistence;

/** {@link CollidingTransactions} on H2. */
class H2CollidingTransactionsTest extends CollidingTransactions {

  @Override
  Database database() {
    return TestDatabases.h2();
  }
}
