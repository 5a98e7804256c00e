package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Migration 23: a submission's insert writes only the indexes a new report is found by (its
 * reference, its access code, the case lists); the retention and safeguarding-hold indexes hold
 * only the rows whose column is set on PostgreSQL, and are gone on H2. That the jobs still find
 * their reports is {@code ReportsContract}'s, on both databases.
 */
class IndexesOnANewReportTest {

  @Test
  void on_h2_every_index_of_reports_is_one_a_new_report_is_found_by() {
    try (var database = TestDatabases.h2()) {
      var indexes =
          database
              .jdbi()
              .withHandle(handle ->
                  handle
                      .createQuery(
                          "select index_name from information_schema.indexes"
                              + " where table_schema = current_schema()"
                              + " and table_name = 'reports'")
                      .mapTo(String.class)
                      .set());

      assertThat(indexes)
          .doesNotContain("reports_closed_at", "reports_erasure_requested_at", "reports_held")
          .contains("reports_access_code_digest", "reports_open_by_assignee", "reports_in_order");
    }
  }

  @Test
  @NeedsPostgres
  void on_postgresql_the_closed_and_held_reports_are_indexed_alone() {
    Map<String, String> predicates =
        TestDatabases.postgres()
            .jdbi()
            .withHandle(handle ->
                handle
                    .createQuery(
                        """
                        select c.relname as name,
                               coalesce(pg_get_expr(i.indpred, i.indrelid), '') as predicate
                          from pg_index i join pg_class c on c.oid = i.indexrelid
                         where i.indrelid = 'reports'::regclass\
                        """)
                    .map((row, context) ->
                        Map.entry(row.getString("name"), row.getString("predicate")))
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));

    assertThat(predicates)
        .containsEntry("reports_closed_at", "(closed_at IS NOT NULL)")
        .containsEntry("reports_held", "(erasure_requested_at IS NOT NULL)")
        .containsEntry("reports_pk", "")
        .containsEntry("reports_access_code_digest", "")
        .containsEntry("reports_open_by_assignee", "")
        .containsEntry("reports_in_order", "")
        .doesNotContainKey("reports_erasure_requested_at")
        .hasSize(6);
  }
}
