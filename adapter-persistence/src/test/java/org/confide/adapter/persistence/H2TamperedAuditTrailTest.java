package org.confide.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

/** {@link TamperedAuditTrail} on a private H2 database. */
class H2TamperedAuditTrailTest extends TamperedAuditTrail {

  private final Database database = TestDatabases.h2();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  Database database() {
    return database;
  }

  @Override
  Connection connection() throws SQLException {
    return database.jdbi().open().getConnection();
  }
}
