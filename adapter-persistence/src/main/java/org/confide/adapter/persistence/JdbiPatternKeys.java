package org.confide.adapter.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.out.PatternKeys;
import org.confide.domain.pattern.PatternKind;
import org.confide.domain.shared.ReportReference;

/**
 * {@link PatternKeys} in the {@code pattern_keys} table: keyed digests only, one row per key and
 * report, removed with the report.
 */
public final class JdbiPatternKeys implements PatternKeys {

  private final JdbiTransactions transactions;

  public JdbiPatternKeys(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public void add(List<Sighting> sightings) {
    Objects.requireNonNull(sightings, "sightings must not be null");
    if (sightings.isEmpty()) {
      return;
    }
    transactions.inTransactionWithHandle(handle -> {
      var batch =
          handle.prepareBatch(
              """
              insert into pattern_keys (kind, digest, report_reference, received_at)
              values (:kind, :digest, :report, :received_at)
              on conflict do nothing\
              """);
      for (var sighting : sightings) {
        batch
            .bind("kind", sighting.key().kind().name())
            .bind("digest", sighting.key().digest())
            .bind("report", sighting.report().value())
            .bind("received_at", sighting.receivedAt().atOffset(ZoneOffset.UTC))
            .add();
      }
      return batch.execute();
    });
  }

  @Override
  public void removeAll(ReportReference report) {
    Objects.requireNonNull(report, "report must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from pattern_keys where report_reference = :report")
            .bind("report", report.value())
            .execute());
  }

  @Override
  public List<Sighting> repeated(int reports) {
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select p.kind, p.digest, p.report_reference, p.received_at
                  from pattern_keys p
                  join (select kind, digest
                          from pattern_keys
                         group by kind, digest
                        having count(*) >= :reports) r
                    on r.kind = p.kind and r.digest = p.digest
                 order by p.digest, p.kind, p.received_at, p.report_reference\
                """)
            .bind("reports", reports)
            .map((row, context) ->
                new Sighting(
                    new PatternKey(
                        PatternKind.valueOf(row.getString("kind")), row.getString("digest")),
                    new ReportReference(row.getString("report_reference")),
                    row.getObject("received_at", OffsetDateTime.class).toInstant()))
            .list());
  }
}
