package org.confide.adapter.persistence;

/**
 * {@link ReportsOwnTheirRowsMigration} on PostgreSQL, in a schema of its own in the test database
 * (the test database itself is kept at the current schema for every other test), dropped after.
 */
@NeedsPostgres
class PostgresReportsOwnTheirRowsMigrationTest extends ReportsOwnTheirRowsMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.postgresSchema();
  }
}
