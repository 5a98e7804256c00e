package org.confide.adapter.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.ReporterKeys;
import org.confide.domain.shared.ReportReference;

/**
 * {@link ReporterKeys} in the {@code reporter_keys} table (migration 31): keyed digests only, one
 * row per named report, removed with the report.
 */
public final class JdbiReporterKeys implements ReporterKeys {

  private final JdbiTransactions transactions;

  public JdbiReporterKeys(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public void keep(ReportReference report, Optional<ReporterKey> key) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(key, "key must be Optional, not null");
    transactions.inTransactionWithHandle(handle -> {
      // Replaced by delete and insert: H2's PostgreSQL mode has no "on conflict do update".
      handle
          .createUpdate("delete from reporter_keys where report_reference = :report")
          .bind("report", report.value())
          .execute();
      return handle
          .createUpdate(
              "insert into reporter_keys (report_reference, digest) values (:report, :digest)")
          .bind("report", report.value())
          .bind("digest", key.map(ReporterKey::hex).orElse(null))
          .execute();
    });
  }

  @Override
  public List<ReportReference> reportsOf(ReporterKey key) {
    Objects.requireNonNull(key, "key must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select report_reference from reporter_keys
                 where digest = :digest
                 order by report_reference\
                """)
            .bind("digest", key.hex())
            .map((row, context) -> new ReportReference(row.getString("report_reference")))
            .list());
  }

  @Override
  public List<ReportReference> unkeyed(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select r.reference from reports r
                 where not r.anonymous
                   and not exists (select 1 from reporter_keys k
                                    where k.report_reference = r.reference)
                 order by r.reference
                 limit :limit\
                """)
            .bind("limit", limit)
            .map((row, context) -> new ReportReference(row.getString("reference")))
            .list());
  }

  @Override
  public void remove(ReportReference report) {
    Objects.requireNonNull(report, "report must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from reporter_keys where report_reference = :report")
            .bind("report", report.value())
            .execute());
  }
}
