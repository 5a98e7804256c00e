package org.confide.adapter.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Rows of every table that belongs to a report, written in plain SQL for the tests of the schema
 * itself (the adapters would not write an orphan, which is what these tests need). Each row names
 * its report by reference; a message hangs on the report's thread and a step on the report's
 * escalation, whose id is {@link #escalationOf} the reference. The values are placeholders: no
 * adapter reads these rows.
 */
final class OwnedRows {

  /** Every table whose rows belong to a report, each after the table its rows hang on. */
  static final List<String> TABLES =
      List.of(
          "message_threads",
          "messages",
          "internal_notes",
          "escalations",
          "escalation_steps",
          "pattern_keys",
          "deadline_marks",
          "sessions");

  /**
   * The tables migration 11 tied to their report: {@link #TABLES} and {@code access_codes}, whose
   * digests migration 15 moved onto the report's row.
   */
  static final List<String> TABLES_OF_MIGRATION_11 =
      Stream.concat(Stream.of("access_codes"), TABLES.stream()).toList();

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final AtomicInteger STEP = new AtomicInteger(1);

  private OwnedRows() {}

  /** A report {@code reference}, as a submission stores it (sealed columns as placeholders). */
  static void report(Handle handle, String reference) {
    handle
        .createUpdate(
            """
            insert into reports (reference, questionnaire_version, received_at, status, risk,
                                 anonymous, two_way_messaging, support_requested, answers)
            values (:reference, 1, :at, 'NEW', 'NONE', true, true, false, :answers)\
            """)
        .bind("reference", reference)
        .bind("at", AT)
        .bind("answers", randomBytes(16))
        .execute();
  }

  /** One row of every table for {@code report}: its code, thread and message, note, and so on. */
  static void everyRow(Handle handle, String report) {
    TABLES.forEach(table -> row(handle, table, report));
  }

  /** One row of every table of {@link #TABLES_OF_MIGRATION_11} for {@code report}. */
  static void everyRowAsOfMigration11(Handle handle, String report) {
    TABLES_OF_MIGRATION_11.forEach(table -> row(handle, table, report));
  }

  /** The id of the escalation {@link #row} writes on {@code report}. */
  static String escalationOf(String report) {
    return "escalation-of-" + report;
  }

  /**
   * One row of {@code table} for {@code report}. A report has one code, one thread and one
   * escalation; messages, notes, steps, keys, marks and sessions may be written again.
   */
  static void row(Handle handle, String table, String report) {
    var update =
        switch (table) {
          case "access_codes" ->
              handle
                  .createUpdate(
                      "insert into access_codes (report_reference, digest) values (:report, :hex)")
                  .bind("report", report)
                  .bind("hex", hex());
          case "message_threads" ->
              handle
                  .createUpdate("insert into message_threads (report_reference) values (:report)")
                  .bind("report", report);
          case "messages" ->
              handle
                  .createUpdate(
                      """
                      insert into messages (id, report_reference, position, side, body, sent_at)
                      values (:id, :report, 0, 'REPORTER', :body, :at)\
                      """)
                  .bind("id", UUID.randomUUID().toString())
                  .bind("report", report)
                  .bind("body", randomBytes(16))
                  .bind("at", AT);
          case "internal_notes" ->
              handle
                  .createUpdate(
                      """
                      insert into internal_notes (id, report_reference, author, body, written_at)
                      values (:id, :report, :author, :body, :at)\
                      """)
                  .bind("id", UUID.randomUUID().toString())
                  .bind("report", report)
                  .bind("author", UUID.randomUUID().toString())
                  .bind("body", randomBytes(16))
                  .bind("at", AT);
          case "escalations" ->
              handle
                  .createUpdate(
                      """
                      insert into escalations (id, report_reference, status, raised_at)
                      values (:id, :report, 'RAISED', :at)\
                      """)
                  .bind("id", escalationOf(report))
                  .bind("report", report)
                  .bind("at", AT);
          case "escalation_steps" ->
              handle
                  .createUpdate(
                      """
                      insert into escalation_steps (escalation_id, position, kind, taken_at)
                      values (:id, :position, 'RAISED_AUTOMATICALLY', :at)\
                      """)
                  .bind("id", escalationOf(report))
                  .bind("position", STEP.getAndIncrement())
                  .bind("at", AT);
          case "pattern_keys" ->
              handle
                  .createUpdate(
                      """
                      insert into pattern_keys (kind, digest, report_reference, received_at)
                      values ('PERSON', :hex, :report, :at)\
                      """)
                  .bind("hex", hex())
                  .bind("report", report)
                  .bind("at", AT);
          case "deadline_marks" ->
              handle
                  .createUpdate(
                      """
                      insert into deadline_marks (kind, subject, report_reference, due_by, marked_at)
                      values ('RESPONSE_OVERDUE', :subject, :report, :at, :at)\
                      """)
                  .bind("subject", UUID.randomUUID().toString())
                  .bind("report", report)
                  .bind("at", AT);
          case "sessions" ->
              handle
                  .createUpdate(
                      """
                      insert into sessions (digest, subject_kind, report_reference, created_at,
                                            last_seen_at)
                      values (:hex, 'REPORTER', :report, :at, :at)\
                      """)
                  .bind("hex", hex())
                  .bind("report", report)
                  .bind("at", AT);
          default -> throw new IllegalArgumentException("no report owns rows of " + table);
        };
    update.execute();
  }

  private static String hex() {
    return HexFormat.of().formatHex(randomBytes(32));
  }

  private static byte[] randomBytes(int length) {
    var bytes = new byte[length];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
