package org.confide.adapter.persistence;

/** {@link AuditDetailCodesMigration} on a private in-memory H2. */
class H2AuditDetailCodesMigrationTest extends AuditDetailCodesMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.h2();
  }
}
