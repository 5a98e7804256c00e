package org.confide.adapter.persistence;

/** {@link OutcomeLabelsMigration} on a schema of its own on PostgreSQL. */
@NeedsPostgres
class PostgresOutcomeLabelsMigrationTest extends OutcomeLabelsMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.postgresSchema();
  }
}
