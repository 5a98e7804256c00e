package org.confide.adapter.persistence;

/** {@link FirstStaffReplyMigration} on a schema of its own on PostgreSQL. */
@NeedsPostgres
class PostgresFirstStaffReplyMigrationTest extends FirstStaffReplyMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.postgresSchema();
  }
}
