package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationDecider;
import org.confide.domain.safeguarding.EscalationDecision;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.Rationale;
import org.confide.domain.safeguarding.ReferralBody;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.InternalNote;
import org.confide.domain.thread.Message;
import org.confide.domain.thread.MessageBody;
import org.confide.domain.thread.MessageId;
import org.confide.domain.thread.MessageThread;
import org.confide.domain.thread.NoteBody;
import org.confide.domain.thread.NoteId;
import org.confide.testing.TestReports;
import org.junit.jupiter.api.Test;

/**
 * Proves that what reporters and staff write about a case — messages, internal notes, escalation
 * rationales and reasons — reaches no column of the database in the clear: a canary written through
 * every adapter is looked for in every column of every row of every table.
 */
class SealedConversationColumnsTest {

  private static final String TOKEN = "canary-5e7d1c";
  private static final String CANARY = TOKEN + " he waits outside the library every evening";
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final List<String> CONVERSATION_TABLES =
      List.of("message_threads", "messages", "internal_notes", "escalations", "escalation_steps");

  @Test
  void on_h2_no_column_holds_the_canary() {
    try (var database = TestDatabases.h2()) {
      writeTheCanaryAndLookForIt(database);
    }
  }

  @Test
  @NeedsPostgres
  void on_postgres_no_column_holds_the_canary() {
    writeTheCanaryAndLookForIt(TestDatabases.postgres());
  }

  private static void writeTheCanaryAndLookForIt(Database database) {
    var cipher = TestCiphers.random();
    var threads = new JdbiMessageThreads(database.transactions(), cipher);
    var notes = new JdbiInternalNotes(database.transactions(), cipher);
    var escalations = new JdbiEscalations(database.transactions(), cipher);
    var report = ReportReference.generate(ThreadLocalRandom.current());
    var adviser = StaffId.generate(ThreadLocalRandom.current());
    var lead = new EscalationDecider(adviser, Set.of(Role.SAFEGUARDING_LEAD));
    // The case the conversation is about: the database holds nothing for a report it does not.
    new JdbiReports(database.transactions(), cipher)
        .add(TestReports.aReport().withReference(report).build());

    var thread =
        MessageThread.open(report)
            .post(Message.fromReporter(messageId(), new MessageBody(CANARY), T0))
            .post(Message.fromStaff(messageId(), adviser, new MessageBody(CANARY), T0))
            .markReadBy(AuthorSide.STAFF, T0.plusSeconds(1));
    threads.save(thread);
    var note = new InternalNote(noteId(), adviser, new NoteBody(CANARY), T0);
    notes.add(report, note);
    var raisedByHand =
        Escalation.raiseByHand(escalationId(), report, adviser, T0, new Rationale(CANARY));
    var acknowledged = decided(raisedByHand.acknowledge(lead, T0.plusSeconds(1), rationale()));
    var referred =
        decided(
            acknowledged.refer(
                lead, T0.plusSeconds(2), new ReferralBody("Thames Valley Police"), rationale()));
    var raisedAutomatically =
        Escalation.raiseAutomatically(escalationId(), report, T0, List.of(CANARY, CANARY));
    var stoodDown = decided(raisedAutomatically.standDown(lead, T0.plusSeconds(1), rationale()));
    escalations.save(referred);
    escalations.save(stoodDown);

    // The canary really went in, and comes back out through the adapters.
    assertThat(threads.find(report)).contains(thread);
    assertThat(notes.of(report)).containsExactly(note);
    assertThat(escalations.of(report)).containsExactlyInAnyOrder(referred, stoodDown);

    var cells = everyCell(database);
    assertThat(cells.stream().map(Cell::table).distinct().toList())
        .containsAll(CONVERSATION_TABLES);
    assertThat(cells)
        .isNotEmpty()
        .allSatisfy(cell ->
            assertThat(cell.holdsTheCanary())
                .as("%s.%s holds the canary in the clear", cell.table(), cell.column())
                .isFalse());
  }

  private static List<Cell> everyCell(Database database) {
    return database
        .jdbi()
        .withHandle(handle -> {
          var cells = new ArrayList<Cell>();
          var tables =
              handle
                  .createQuery(
                      """
                      select table_name from information_schema.tables
                       where table_schema = current_schema()
                         and table_type = 'BASE TABLE'
                         and table_name <> 'flyway_schema_history'
                      """)
                  .mapTo(String.class)
                  .list();
          for (var table : tables) {
            handle
                .createQuery("select * from " + table)
                .mapToMap()
                .forEach(row ->
                    row.forEach((column, value) -> cells.add(new Cell(table, column, value))));
          }
          return cells;
        });
  }

  /** One value of one row, as the database driver hands it over. */
  private record Cell(String table, String column, Object value) {

    boolean holdsTheCanary() {
      if (value instanceof byte[] bytes) {
        var token = TOKEN.getBytes(StandardCharsets.UTF_8);
        return new String(bytes, StandardCharsets.ISO_8859_1)
                .contains(new String(token, StandardCharsets.ISO_8859_1))
            || HexFormat.of().formatHex(bytes).contains(HexFormat.of().formatHex(token));
      }
      return String.valueOf(value).contains(TOKEN);
    }
  }

  private static Escalation decided(EscalationDecision decision) {
    return switch (decision) {
      case EscalationDecision.Decided decided -> decided.escalation();
      case EscalationDecision.NotAllowed notAllowed ->
          throw new AssertionError("decision refused: " + notAllowed.why());
    };
  }

  private static Rationale rationale() {
    return new Rationale(CANARY);
  }

  private static MessageId messageId() {
    return MessageId.generate(ThreadLocalRandom.current());
  }

  private static NoteId noteId() {
    return NoteId.generate(ThreadLocalRandom.current());
  }

  private static EscalationId escalationId() {
    return EscalationId.generate(ThreadLocalRandom.current());
  }
}
