package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.domain.shared.ReportReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The database itself holds every row that belongs to a report to its report (migration 11): it
 * refuses a row for a report it does not hold, table by table, and removing a report removes all
 * that belongs to it and nothing else. Each refusal is shown beside the same row accepted for a
 * report that is held, so that it is the foreign key that refuses, not some other constraint.
 */
abstract class RowsOwnedByReports {

  // Referential integrity violated: 23503 on PostgreSQL; H2 says 23506, "parent missing".
  private static final Set<String> NO_SUCH_PARENT = Set.of("23503", "23506");

  private Database database;
  private String held;
  private String notHeld;

  abstract Database database();

  @BeforeEach
  void aReportHeldAndOneNot() {
    database = database();
    held = aReference();
    notHeld = aReference();
    database.jdbi().useHandle(handle -> OwnedRows.report(handle, held));
  }

  @AfterEach
  void close() {
    if (database.kind() == Database.Kind.H2) {
      database.close();
    }
  }

  @Nested
  class RefusesARowForAReportItDoesNotHold {

    @Test
    void a_message_thread() {
      refusedForTheReportNotHeldAndAcceptedForTheOneHeld("message_threads");
    }

    @Test
    void a_message() {
      write("message_threads", held);

      refusedForTheReportNotHeldAndAcceptedForTheOneHeld("messages");
    }

    @Test
    void an_internal_note() {
      refusedForTheReportNotHeldAndAcceptedForTheOneHeld("internal_notes");
    }

    @Test
    void an_escalation() {
      refusedForTheReportNotHeldAndAcceptedForTheOneHeld("escalations");
    }

    @Test
    void an_escalation_step() {
      write("escalations", held);

      refusedForTheReportNotHeldAndAcceptedForTheOneHeld("escalation_steps");
    }

    @Test
    void a_pattern_key() {
      refusedForTheReportNotHeldAndAcceptedForTheOneHeld("pattern_keys");
    }

    @Test
    void a_deadline_mark() {
      refusedForTheReportNotHeldAndAcceptedForTheOneHeld("deadline_marks");
    }

    @Test
    void a_reporter_session() {
      refusedForTheReportNotHeldAndAcceptedForTheOneHeld("sessions");
    }
  }

  @Test
  void removing_a_report_removes_every_row_that_belongs_to_it_and_nothing_else() {
    var other = aReference();
    database
        .jdbi()
        .useHandle(handle -> {
          OwnedRows.everyRow(handle, held);
          OwnedRows.report(handle, other);
          OwnedRows.everyRow(handle, other);
        });

    new JdbiReports(database.transactions(), TestCiphers.random())
        .remove(new ReportReference(held));

    for (var table : OwnedRows.TABLES) {
      assertThat(rowsOf(table, held)).as("rows of %s for the report removed", table).isZero();
      assertThat(rowsOf(table, other)).as("rows of %s for the other report", table).isOne();
    }
  }

  @Test
  void a_submission_key_is_claimed_before_its_report_is_written_and_outlives_it() {
    var keys = new JdbiSubmissionKeys(database.transactions());
    var claim =
        new SubmissionKeys.Claim(
            "key-digest",
            "fingerprint-digest",
            new ReportReference(notHeld),
            Instant.parse("2026-03-02T09:00:00Z"));

    assertThat(keys.claim(claim)).isEmpty();
    database.jdbi().useHandle(handle -> OwnedRows.report(handle, notHeld));
    new JdbiReports(database.transactions(), TestCiphers.random())
        .remove(new ReportReference(notHeld));

    assertThat(keys.claim(claim)).contains(claim);
  }

  private void refusedForTheReportNotHeldAndAcceptedForTheOneHeld(String table) {
    var refusal = catchThrowable(() -> write(table, notHeld));

    assertThat(refusal).as("writing a row of %s for a report not held", table).isNotNull();
    assertThat(sqlState(refusal)).isIn(NO_SUCH_PARENT);
    assertThat(rowsOf(table, notHeld)).isZero();
    assertThatCode(() -> write(table, held)).doesNotThrowAnyException();
    assertThat(rowsOf(table, held)).isOne();
  }

  private void write(String table, String report) {
    database.jdbi().useHandle(handle -> OwnedRows.row(handle, table, report));
  }

  private int rowsOf(String table, String report) {
    // A step names its escalation rather than the report.
    var steps = table.equals("escalation_steps");
    var sql =
        steps
            ? "select count(*) from escalation_steps where escalation_id = :key"
            : "select count(*) from " + table + " where report_reference = :key";
    var key = steps ? OwnedRows.escalationOf(report) : report;
    return database
        .jdbi()
        .withHandle(handle -> handle.createQuery(sql).bind("key", key).mapTo(Integer.class).one());
  }

  private static String sqlState(Throwable thrown) {
    for (var cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    throw new AssertionError("no SQLException in " + thrown, thrown);
  }

  private static String aReference() {
    return ReportReference.generate(ThreadLocalRandom.current()).value();
  }
}
