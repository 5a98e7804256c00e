package org.confide.adapter.persistence;

/** {@link FirstStaffReplyMigration} on a private in-memory H2. */
class H2FirstStaffReplyMigrationTest extends FirstStaffReplyMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.h2();
  }
}
