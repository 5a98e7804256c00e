package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.domain.shared.ReportReference;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Migration 11 on a database left by V10 with rows that belong to no report, as a bug or a repair
 * by hand could have left them: those rows are removed, one log line says how many of each table
 * and nothing else, and every other row of every table is as it was, including what is not tied to
 * a report (a submission key, an audit event and a trend count about the report that is gone).
 */
abstract class ReportsOwnTheirRowsMigration extends OnAFreshDatabase {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger migrationLog = (Logger) LoggerFactory.getLogger(ReportsOwnTheirRows.class);

  @BeforeEach
  void thePreviousSchema() {
    flyway().locations("classpath:db/migration").target("10").load().migrate();
    log.start();
    migrationLog.addAppender(log);
    // The line is a warning when rows were removed, and information when none were.
    migrationLog.setLevel(Level.INFO);
  }

  @AfterEach
  void stopListening() {
    migrationLog.detachAppender(log);
    migrationLog.setLevel(null);
  }

  @Test
  void rows_that_belong_to_no_report_are_removed_and_counted_and_every_other_row_is_kept() {
    var kept = aReference();
    var gone = aReference();
    jdbi()
        .useHandle(handle -> {
          OwnedRows.report(handle, kept);
          OwnedRows.everyRowAsOfMigration11(handle, kept);
          OwnedRows.row(handle, "messages", kept);
          // What a report removed without them left behind, two messages and two steps among it.
          OwnedRows.everyRowAsOfMigration11(handle, gone);
          OwnedRows.row(handle, "messages", gone);
          OwnedRows.row(handle, "escalation_steps", gone);
          notTiedToReports(handle, gone);
        });
    var before = everyRow();

    migrateToEleven();

    var expected = new TreeMap<String, List<Map<String, String>>>(before);
    for (var table : OwnedRows.TABLES_OF_MIGRATION_11) {
      expected.put(table, before.get(table).stream().filter(row -> !belongsTo(row, gone)).toList());
    }
    var after = asBefore(everyRowOf(expected.keySet()), before);
    assertThat(after.keySet()).isEqualTo(expected.keySet());
    after.forEach((table, rows) ->
        assertThat(rows).as(table).containsExactlyInAnyOrderElementsOf(expected.get(table)));
    assertThat(after.get("submission_keys")).hasSize(1);
    assertThat(after.get("audit_events")).hasSize(1);
    assertThat(after.get("trend_cells")).hasSize(1);
    assertThat(after.get("messages")).hasSize(2);
    assertThat(log.list)
        .singleElement()
        .satisfies(line -> {
          assertThat(line.getLevel()).isEqualTo(Level.WARN);
          assertThat(line.getFormattedMessage())
              .isEqualTo(
                  "Removed 11 rows that belonged to no report, before tying every table to its"
                      + " report: messages 2, escalation_steps 2, access_codes 1, message_threads"
                      + " 1, internal_notes 1, escalations 1, pattern_keys 1, deadline_marks 1,"
                      + " sessions 1");
        });
  }

  @Test
  void with_no_row_that_belongs_to_no_report_nothing_is_removed_and_the_line_says_so() {
    var kept = aReference();
    jdbi()
        .useHandle(handle -> {
          OwnedRows.report(handle, kept);
          OwnedRows.everyRowAsOfMigration11(handle, kept);
        });
    var before = everyRow();

    migrateToEleven();

    assertThat(asBefore(everyRowOf(before.keySet()), before)).isEqualTo(before);
    assertThat(log.list)
        .singleElement()
        .satisfies(line -> {
          assertThat(line.getLevel()).isEqualTo(Level.INFO);
          assertThat(line.getFormattedMessage())
              .startsWith("Removed 0 rows that belonged to no report")
              .endsWith("sessions 0");
        });
  }

  /**
   * Migration 11 as the database runs it when opened, and no further: a later migration moved the
   * access codes onto the report's row (15), and this test is about what 11 kept.
   */
  private void migrateToEleven() {
    flyway()
        .locations("classpath:db/migration")
        .javaMigrations(new ReportsOwnTheirRows())
        .target("11")
        .load()
        .migrate();
  }

  private static boolean belongsTo(Map<String, String> row, String report) {
    return report.equals(row.get("report_reference"))
        || OwnedRows.escalationOf(report).equals(row.get("escalation_id"));
  }

  /** A staff session, and a submission key, an audit event and a trend count about {@code gone}. */
  private static void notTiedToReports(Handle handle, String gone) {
    handle
        .createUpdate(
            """
            insert into sessions (digest, subject_kind, staff_id, created_at, last_seen_at)
            values (:digest, 'STAFF', :staff, :at, :at)\
            """)
        .bind("digest", hex())
        .bind("staff", UUID.randomUUID().toString())
        .bind("at", AT)
        .execute();
    handle
        .createUpdate(
            """
            insert into submission_keys (key_digest, fingerprint, report_reference, claimed_at)
            values (:key, :fingerprint, :report, :at)\
            """)
        .bind("key", hex())
        .bind("fingerprint", hex())
        .bind("report", gone)
        .bind("at", AT)
        .execute();
    handle
        .createUpdate(
            """
            insert into audit_events (id, at, actor_kind, action, subject, detail)
            values (:id, :at, 'REPORTER', 'REPORT_ERASED', :report, '')\
            """)
        .bind("id", UUID.randomUUID().toString())
        .bind("at", AT)
        .bind("report", gone)
        .execute();
    handle.execute(
        """
        insert into trend_cells (received_month, incident_types, where_option, reporter_role,
                                 anonymous, shard, reports)
        values ('2026-03', 'bullying', 'on-campus', 'student', true, 0, 1)\
        """);
  }

  /**
   * Every row of the {@code tables} of V10 after the upgrade: tables that later migrations add are
   * not this test's business (a table of V10 that went missing would be).
   */
  private Map<String, List<Map<String, String>>> everyRowOf(Set<String> tables) {
    var rows = new TreeMap<>(everyRow());
    rows.keySet().retainAll(tables);
    return rows;
  }

  /**
   * {@code rows} with only the columns the tables had in {@code before}: later migrations than 11,
   * which the database also runs when opened, may add columns, and those are not this test's.
   */
  private static Map<String, List<Map<String, String>>> asBefore(
      Map<String, List<Map<String, String>>> rows, Map<String, List<Map<String, String>>> before) {
    var projected = new TreeMap<String, List<Map<String, String>>>();
    rows.forEach((table, tableRows) -> {
      var columns =
          before.getOrDefault(table, List.of()).stream().findFirst().map(Map::keySet).orElse(null);
      projected.put(
          table,
          columns == null
              ? tableRows
              : tableRows.stream()
                  .map(row -> {
                    var kept = new TreeMap<>(row);
                    kept.keySet().retainAll(columns);
                    return (Map<String, String>) kept;
                  })
                  .toList());
    });
    return projected;
  }

  /** Every row of every table but Flyway's, each value as text (bytes in hexadecimal). */
  private Map<String, List<Map<String, String>>> everyRow() {
    return jdbi()
        .withHandle(handle -> {
          var rows = new TreeMap<String, List<Map<String, String>>>();
          var tables =
              handle
                  .createQuery(
                      """
                      select table_name from information_schema.tables
                       where table_schema = current_schema()
                         and table_type = 'BASE TABLE'
                         and table_name <> 'flyway_schema_history'\
                      """)
                  .mapTo(String.class)
                  .list();
          for (var table : tables) {
            rows.put(
                table,
                handle.createQuery("select * from " + table).mapToMap().stream()
                    .map(ReportsOwnTheirRowsMigration::asText)
                    .toList());
          }
          return rows;
        });
  }

  private static Map<String, String> asText(Map<String, Object> row) {
    var text = new TreeMap<String, String>();
    row.forEach((column, value) ->
        text.put(
            column,
            value instanceof byte[] bytes
                ? HexFormat.of().formatHex(bytes)
                : String.valueOf(value)));
    return text;
  }

  private static String hex() {
    var bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String aReference() {
    return ReportReference.generate(ThreadLocalRandom.current()).value();
  }
}
