package org.confide.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * {@link TamperedAuditTrail} on the PostgreSQL test database, edited over a connection of its own.
 */
@NeedsPostgres
class PostgresTamperedAuditTrailTest extends TamperedAuditTrail {

  private final Database database = TestDatabases.postgres();

  @Override
  Database database() {
    return database;
  }

  @Override
  Connection connection() throws SQLException {
    return DriverManager.getConnection(TestDatabases.postgresUrl().orElseThrow());
  }
}
