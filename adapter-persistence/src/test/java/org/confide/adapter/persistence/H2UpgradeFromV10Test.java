package org.confide.adapter.persistence;

import org.junit.jupiter.api.AfterEach;

/** {@link UpgradeFromV10} on private in-memory H2 databases. */
class H2UpgradeFromV10Test extends UpgradeFromV10 {

  private Database today;

  @AfterEach
  void closeToday() {
    today.close();
  }

  @Override
  Database today() {
    today = TestDatabases.h2();
    return today;
  }

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.h2();
  }
}
