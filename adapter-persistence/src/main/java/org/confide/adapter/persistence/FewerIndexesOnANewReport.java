package org.confide.adapter.persistence;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 23: a new report's insert writes only the indexes a new report is found by. The indexes
 * on {@code closed_at} (retention, oldest closed first) and {@code erasure_requested_at} (the
 * reports under a safeguarding hold) held an entry for every report, though both columns are null
 * until a case closes or a held report's reporter asks for erasure: each submission paid for two
 * index writes that no query of an open report reads.
 *
 * <p>On PostgreSQL they become partial indexes of the rows whose column is set, so the scheduled
 * jobs still read them and a submission does not write them. H2 has no partial indexes: there they
 * are dropped, and the retention job (once a run, a few hundred rows at most) reads the table
 * instead; H2 is the single-node store for small deployments.
 *
 * <p>A Java migration because the two databases need different statements and the SQL migrations of
 * {@code db/migration} run unchanged on both.
 */
final class FewerIndexesOnANewReport extends CodedMigration {

  FewerIndexesOnANewReport() {
    super("23", "fewer indexes on a new report");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    var connection = context.getConnection();
    update(connection, "drop index reports_closed_at");
    update(connection, "drop index reports_erasure_requested_at");
    if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
      update(
          connection,
          "create index reports_closed_at on reports (closed_at, reference)"
              + " where closed_at is not null");
      update(
          connection,
          "create index reports_held on reports (erasure_requested_at)"
              + " where erasure_requested_at is not null");
    }
  }
}
