package org.confide.adapter.persistence;

/** {@link KeyRotation} on the PostgreSQL test database, emptied first. */
@NeedsPostgres
class PostgresKeyRotationTest extends KeyRotation {

  @Override
  Database database() {
    return TestDatabases.postgres();
  }
}
