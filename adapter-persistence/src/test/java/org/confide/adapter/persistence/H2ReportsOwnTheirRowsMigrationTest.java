package org.confide.adapter.persistence;

/** {@link ReportsOwnTheirRowsMigration} on a private in-memory H2. */
class H2ReportsOwnTheirRowsMigrationTest extends ReportsOwnTheirRowsMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.h2();
  }
}
