package org.confide.adapter.persistence;

/** {@link RowsOwnedByReports} on H2. */
class H2RowsOwnedByReportsTest extends RowsOwnedByReports {

  @Override
  Database database() {
    return TestDatabases.h2();
  }
}
