package org.confide.adapter.persistence;

/**
 * {@link UpgradeFromV10} on PostgreSQL: the rows are written in the test database, and the V10
 * database is a schema of its own in it, dropped after.
 */
@NeedsPostgres
class PostgresUpgradeFromV10Test extends UpgradeFromV10 {

  @Override
  Database today() {
    return TestDatabases.postgres();
  }

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.postgresSchema();
  }
}
