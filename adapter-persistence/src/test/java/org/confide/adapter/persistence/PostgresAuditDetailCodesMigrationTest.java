package org.confide.adapter.persistence;

/** {@link AuditDetailCodesMigration} on a schema of its own on PostgreSQL. */
@NeedsPostgres
class PostgresAuditDetailCodesMigrationTest extends AuditDetailCodesMigration {

  @Override
  FreshDatabase fresh() {
    return FreshDatabase.postgresSchema();
  }
}
