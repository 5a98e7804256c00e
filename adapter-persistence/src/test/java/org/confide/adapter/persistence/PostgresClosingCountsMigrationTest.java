package org.confide.adapter.persistence;

/** {@link ClosingCountsMigration} on a schema of its own on PostgreSQL. */
@NeedsPostgres
class PostgresClosingCountsMigrationTest extends ClosingCountsMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.postgresSchema();
  }
}
