package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Migration 35 on a database left by migration 32, with cases already closed: each is counted in
 * {@code closing_counts} by the month it was closed and the outcome it was given ({@code ''} for
 * none), and a case still open is not counted.
 */
abstract class ClosingCountsMigration extends OnAFreshDatabase {

  @Test
  void the_cases_closed_before_it_are_counted_by_month_of_closing_and_outcome() {
    flyway()
        .locations("classpath:db/migration")
        .javaMigrations(new ReportsOwnTheirRows(), new FewerIndexesOnANewReport())
        .target("32")
        .load()
        .migrate();
    jdbi()
        .useHandle(handle -> {
          for (var reference :
              new String[] {"CLOSED0001", "CLOSED0002", "CLOSED0003", "STILLNEW01"}) {
            OwnedRows.report(handle, reference);
          }
          close(handle, "CLOSED0001", OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC));
          close(handle, "CLOSED0002", OffsetDateTime.of(2026, 3, 20, 9, 0, 0, 0, ZoneOffset.UTC));
          close(handle, "CLOSED0003", OffsetDateTime.of(2026, 4, 2, 9, 0, 0, 0, ZoneOffset.UTC));
          for (var reference : new String[] {"CLOSED0001", "CLOSED0002"}) {
            handle
                .createUpdate(
                    "insert into case_outcomes (report_reference, outcome_key)"
                        + " values (:r, 'support-provided')")
                .bind("r", reference)
                .execute();
          }
        });

    open().close();

    var counts =
        jdbi()
            .withHandle(handle ->
                handle
                    .createQuery(
                        "select closed_month || ' ' || outcome_key || ' ' || cases"
                            + " from closing_counts order by closed_month, outcome_key")
                    .mapTo(String.class)
                    .list());
    assertThat(counts).isEqualTo(List.of("2026-03 support-provided 2", "2026-04  1"));
  }

  private static void close(org.jdbi.v3.core.Handle handle, String reference, OffsetDateTime at) {
    handle
        .createUpdate("update reports set status = 'CLOSED', closed_at = :at where reference = :r")
        .bind("at", at)
        .bind("r", reference)
        .execute();
  }
}
