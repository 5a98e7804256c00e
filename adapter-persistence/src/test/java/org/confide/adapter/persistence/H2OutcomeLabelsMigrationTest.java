package org.confide.adapter.persistence;

/** {@link OutcomeLabelsMigration} on a private in-memory H2. */
class H2OutcomeLabelsMigrationTest extends OutcomeLabelsMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.h2();
  }
}
