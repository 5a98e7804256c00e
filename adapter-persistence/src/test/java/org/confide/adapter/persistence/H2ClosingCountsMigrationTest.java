package org.confide.adapter.persistence;

/** {@link ClosingCountsMigration} on a private in-memory H2. */
class H2ClosingCountsMigrationTest extends ClosingCountsMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.h2();
  }
}
