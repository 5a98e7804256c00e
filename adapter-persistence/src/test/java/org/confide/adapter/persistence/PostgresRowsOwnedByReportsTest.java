package org.confide.adapter.persistence;

/** {@link RowsOwnedByReports} on PostgreSQL. */
@NeedsPostgres
class PostgresRowsOwnedByReportsTest extends RowsOwnedByReports {

  @Override
  Database database() {
    return TestDatabases.postgres();
  }
}
