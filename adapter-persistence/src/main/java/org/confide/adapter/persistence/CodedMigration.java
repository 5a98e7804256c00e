package org.confide.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, where SQL alone cannot say it (see {@link Schema}): its version and
 * description, run in the migration's transaction, with no checksum (Flyway has no file to sum).
 */
abstract class CodedMigration implements JavaMigration {

  private final MigrationVersion version;
  private final String description;

  CodedMigration(String version, String description) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
  }

  @Override
  public final MigrationVersion getVersion() {
    return version;
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public final Integer getChecksum() {
    return null;
  }

  @Override
  public final boolean canExecuteInTransaction() {
    return true;
  }

  /** Runs one statement on the migration's connection; the number of rows it changed. */
  static int update(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }
}
