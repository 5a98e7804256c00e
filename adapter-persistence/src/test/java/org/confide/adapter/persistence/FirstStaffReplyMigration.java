package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * Migration 30 on a database left by migration 26, with messages already stored: each report's
 * earliest staff message becomes its first staff reply, and a report with none, or only its
 * reporter's messages, has none.
 */
abstract class FirstStaffReplyMigration extends OnAFreshDatabase {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void each_reports_earliest_staff_message_is_back_filled_as_its_first_staff_reply() {
    flyway()
        .locations("classpath:db/migration")
        .javaMigrations(new ReportsOwnTheirRows(), new FewerIndexesOnANewReport())
        .target("26")
        .load()
        .migrate();
    jdbi()
        .useHandle(handle -> {
          for (var reference : new String[] {"ANSWERED01", "WAITING001", "NOTHREAD01"}) {
            OwnedRows.report(handle, reference);
          }
          OwnedRows.row(handle, "message_threads", "ANSWERED01");
          OwnedRows.row(handle, "message_threads", "WAITING001");
          message(handle, "ANSWERED01", 0, "REPORTER", AT.plusHours(1));
          message(handle, "ANSWERED01", 1, "STAFF", AT.plusHours(2));
          message(handle, "ANSWERED01", 2, "STAFF", AT.plusHours(5));
          message(handle, "WAITING001", 0, "REPORTER", AT.plusHours(1));
        });

    open().close();

    assertThat(firstReply("ANSWERED01")).contains(AT.plusHours(2).toInstant());
    assertThat(firstReply("WAITING001")).isEmpty();
    assertThat(firstReply("NOTHREAD01")).isEmpty();
  }

  private static void message(
      Handle handle, String report, int position, String side, OffsetDateTime at) {
    handle
        .createUpdate(
            """
            insert into messages (id, report_reference, position, side, author, body, sent_at)
            values (:id, :report, :position, :side, :author, :body, :at)\
            """)
        .bind("id", UUID.randomUUID().toString())
        .bind("report", report)
        .bind("position", position)
        .bind("side", side)
        .bind("author", side.equals("STAFF") ? UUID.randomUUID().toString() : null)
        .bind("body", new byte[] {0})
        .bind("at", at)
        .execute();
  }

  private Optional<java.time.Instant> firstReply(String reference) {
    return jdbi()
        .withHandle(handle ->
            handle
                .createQuery("select first_staff_reply_at from reports where reference = :r")
                .bind("r", reference)
                .mapTo(OffsetDateTime.class)
                .findOne()
                .map(OffsetDateTime::toInstant));
  }
}
