package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.acknowledged;
import static org.confide.testing.TestData.anEscalation;
import static org.confide.testing.TestData.referred;
import static org.confide.testing.TestData.reporterMessage;
import static org.confide.testing.TestData.staffMessage;
import static org.confide.testing.TestReports.aReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.CaseLists.CaseRow;
import org.confide.application.port.out.CaseLists.Condition;
import org.confide.application.port.out.CaseLists.Direction;
import org.confide.application.port.out.CaseLists.Position;
import org.confide.application.port.out.CaseLists.Scope;
import org.confide.application.port.out.CaseLists.Selection;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.AwaitedResponse;
import org.confide.domain.thread.MessageThread;
import org.confide.testing.TestReports;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link CaseLists} adapter. Scopes follow need to know: the queue (open,
 * unassigned), an adviser's open cases, the escalated cases a reader may read (closed ones too),
 * the open cases a reader may read (with every escalated one for a lead), and every open case.
 * Conditions keep cases with unread reporter messages, or awaiting a response since before an
 * instant, by the domain's {@link AwaitedResponse} rule. Lists are oldest received first, then by
 * reference; a page runs from a position (never including it) forward or backward, oldest first, at
 * most {@code limit} long. Rows say what the stored report, thread and escalations say. A case held
 * for safeguarding is in no list but the escalated cases of a lead who reads every escalated case.
 *
 * <p>{@link #caseLists()} and the other adapters must share one store, empty at the start of each
 * test.
 */
public abstract class CaseListsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final StaffId ME = TestStaff.aStaffId();
  private static final StaffId OTHER = TestStaff.aStaffId();

  /** For a subclass that runs this contract against one adapter. */
  protected CaseListsContract() {}

  /** {@return the adapter under test, reading what the adapters below store} */
  protected abstract CaseLists caseLists();

  /** {@return the reports adapter the case lists read} */
  protected abstract Reports reports();

  /** {@return the message threads adapter the case lists read} */
  protected abstract MessageThreads threads();

  /** {@return the escalations adapter the case lists read} */
  protected abstract Escalations escalations();

  private Report add(TestReports report) {
    var built = report.build();
    reports().add(built);
    return built;
  }

  private Report at(int minutes) {
    return add(aReport().receivedAt(T0.plusSeconds(60L * minutes)));
  }

  private List<ReportReference> list(Scope scope, Condition condition) {
    return caseLists()
        .page(new Selection(scope, condition), Optional.empty(), Direction.FORWARD, 1000)
        .stream()
        .map(CaseRow::reference)
        .toList();
  }

  private List<ReportReference> list(Scope scope) {
    return list(scope, new Condition.Any());
  }

  private void escalate(Report report) {
    escalations().save(anEscalation(report.reference(), report.receivedAt().plusSeconds(1)));
  }

  @Nested
  class Scopes {

    @Test
    void the_queue_holds_the_open_cases_assigned_to_nobody() {
      var queued = at(1);
      add(aReport().receivedAt(T0).assignedTo(ME));
      add(aReport().receivedAt(T0).closedAt(T0.plusSeconds(5)));

      assertThat(list(new Scope.Queue())).containsExactly(queued.reference());
    }

    @Test
    void an_advisers_cases_are_the_open_ones_assigned_to_them() {
      var mine = add(aReport().receivedAt(T0).assignedTo(ME));
      add(aReport().receivedAt(T0).assignedTo(OTHER));
      add(aReport().receivedAt(T0).assignedTo(ME).closedAt(T0.plusSeconds(5)));
      at(2);

      assertThat(list(new Scope.AssignedTo(ME))).containsExactly(mine.reference());
    }

    @Test
    void escalated_cases_are_those_with_an_open_escalation_that_the_reader_may_read() {
      var unassigned = at(1);
      var mine = add(aReport().receivedAt(T0.plusSeconds(120)).assignedTo(ME));
      var others = add(aReport().receivedAt(T0.plusSeconds(180)).assignedTo(OTHER));
      var closed = add(aReport().receivedAt(T0.plusSeconds(240)).closedAt(T0.plusSeconds(300)));
      var decided = at(5);
      at(6);
      escalate(unassigned);
      escalations().save(acknowledged(anEscalation(mine.reference(), T0), T0.plusSeconds(200)));
      escalate(others);
      escalate(closed);
      escalations().save(referred(anEscalation(decided.reference(), T0), T0.plusSeconds(400)));

      assertThat(list(new Scope.Escalated(ME, false)))
          .containsExactly(unassigned.reference(), mine.reference(), closed.reference());
      assertThat(list(new Scope.Escalated(ME, true)))
          .containsExactly(
              unassigned.reference(), mine.reference(), others.reference(), closed.reference());
    }

    @Test
    void readable_cases_are_the_open_unassigned_and_own_and_for_a_lead_every_escalated_one() {
      var queued = at(1);
      var mine = add(aReport().receivedAt(T0.plusSeconds(120)).assignedTo(ME));
      var others = add(aReport().receivedAt(T0.plusSeconds(180)).assignedTo(OTHER));
      var othersEscalated = add(aReport().receivedAt(T0.plusSeconds(240)).assignedTo(OTHER));
      var closedEscalated =
          add(aReport().receivedAt(T0.plusSeconds(300)).closedAt(T0.plusSeconds(360)));
      escalate(othersEscalated);
      escalate(closedEscalated);

      assertThat(list(new Scope.Readable(ME, false)))
          .containsExactly(queued.reference(), mine.reference());
      assertThat(list(new Scope.Readable(ME, true)))
          .containsExactly(queued.reference(), mine.reference(), othersEscalated.reference());
      assertThat(list(new Scope.Open()))
          .containsExactly(
              queued.reference(),
              mine.reference(),
              others.reference(),
              othersEscalated.reference());
    }
  }

  @Nested
  class Counts {

    @Test
    void a_count_is_how_many_cases_the_selection_lists_for_every_scope_and_condition() {
      var queued = at(1);
      add(aReport().receivedAt(T0.plusSeconds(120)).assignedTo(ME));
      var others = add(aReport().receivedAt(T0.plusSeconds(180)).assignedTo(OTHER));
      add(aReport().receivedAt(T0.plusSeconds(240)).closedAt(T0.plusSeconds(300)));
      escalate(others);
      threads()
          .save(MessageThread.open(queued.reference()).post(reporterMessage(T0.plusSeconds(600))));

      var scopes =
          List.of(
              new Scope.Queue(),
              new Scope.AssignedTo(ME),
              new Scope.Escalated(ME, true),
              new Scope.Readable(ME, false),
              new Scope.Open());
      var conditions =
          List.of(
              new Condition.Any(),
              new Condition.Unread(),
              new Condition.AwaitingSinceBefore(T0.plusSeconds(150)));
      for (var scope : scopes) {
        for (var condition : conditions) {
          assertThat(caseLists().count(new Selection(scope, condition)))
              .as(scope + " " + condition)
              .isEqualTo(list(scope, condition).size());
        }
      }
      assertThat(caseLists().count(new Selection(new Scope.Open(), new Condition.Any())))
          .isEqualTo(3);
    }
  }

  @Nested
  class SafeguardingHolds {

    @Test
    void a_held_case_is_in_no_list_but_the_escalated_list_of_a_lead_who_reads_every_one() {
      var queued = at(1);
      var mine = add(aReport().receivedAt(T0.plusSeconds(120)).assignedTo(ME));
      var kept = at(3);
      escalate(queued);
      escalate(mine);
      reports().hold(queued.reference(), T0.plusSeconds(600));
      reports().hold(mine.reference(), T0.plusSeconds(600));

      for (Scope scope :
          List.of(
              new Scope.Queue(),
              new Scope.Readable(ME, false),
              new Scope.Readable(ME, true),
              new Scope.Open())) {
        assertThat(list(scope)).as("%s", scope).containsExactly(kept.reference());
      }
      assertThat(list(new Scope.AssignedTo(ME))).isEmpty();
      assertThat(list(new Scope.Escalated(ME, false))).isEmpty();
      assertThat(list(new Scope.Escalated(ME, true)))
          .containsExactly(queued.reference(), mine.reference());
    }
  }

  @Nested
  class Conditions {

    @Test
    void unread_keeps_the_cases_with_reporter_messages_no_one_on_the_team_has_read() {
      var unread = at(1);
      var read = at(2);
      var answered = at(3);
      at(4);
      threads()
          .save(
              MessageThread.open(unread.reference())
                  .post(reporterMessage(T0.plusSeconds(600)))
                  .post(reporterMessage(T0.plusSeconds(660))));
      threads()
          .save(
              MessageThread.open(read.reference())
                  .post(reporterMessage(T0.plusSeconds(600)))
                  .markReadBy(AuthorSide.STAFF, T0.plusSeconds(700)));
      threads()
          .save(
              MessageThread.open(answered.reference()).post(staffMessage(ME, T0.plusSeconds(600))));

      var rows =
          caseLists()
              .page(
                  new Selection(new Scope.Open(), new Condition.Unread()),
                  Optional.empty(),
                  Direction.FORWARD,
                  10);

      assertThat(rows).extracting(CaseRow::reference).containsExactly(unread.reference());
      assertThat(rows.getFirst().unreadMessages()).isEqualTo(2);
    }

    @Test
    void awaiting_since_is_the_domains_rule_and_the_condition_keeps_those_waiting_since_before() {
      var cases = new ArrayList<Case>();
      // New, no thread: waiting since it arrived, anonymous or named.
      cases.add(new Case(at(1), null));
      cases.add(new Case(add(aReport().receivedAt(T0.plusSeconds(120)).named()), null));
      // Named and opened by an adviser, no thread: answered outside Confide.
      cases.add(
          new Case(add(aReport().receivedAt(T0.plusSeconds(180)).named().assignedTo(ME)), null));
      // Named, opened, then the reporter wrote: waiting since that message.
      var namedWrote = add(aReport().receivedAt(T0.plusSeconds(240)).named().assignedTo(ME));
      cases.add(
          new Case(
              namedWrote,
              MessageThread.open(namedWrote.reference())
                  .post(reporterMessage(T0.plusSeconds(3_000)))
                  .post(reporterMessage(T0.plusSeconds(3_100)))));
      // Anonymous, the team answered and nothing since: not waiting.
      var answered = add(aReport().receivedAt(T0.plusSeconds(300)).assignedTo(ME));
      cases.add(
          new Case(
              answered,
              MessageThread.open(answered.reference())
                  .post(reporterMessage(T0.plusSeconds(1_000)))
                  .post(staffMessage(ME, T0.plusSeconds(2_000)))));
      // Reporter, team, reporter, reporter: waiting since the first after the team's last.
      var again = add(aReport().receivedAt(T0.plusSeconds(360)).assignedTo(OTHER));
      cases.add(
          new Case(
              again,
              MessageThread.open(again.reference())
                  .post(reporterMessage(T0.plusSeconds(1_000)))
                  .post(staffMessage(OTHER, T0.plusSeconds(2_000)))
                  .post(reporterMessage(T0.plusSeconds(4_000)))
                  .post(reporterMessage(T0.plusSeconds(5_000)))));
      // Anonymous with two-way messaging, opened, no staff message: waiting since it arrived.
      cases.add(new Case(add(aReport().receivedAt(T0.plusSeconds(420)).assignedTo(ME)), null));
      // Closed: not waiting.
      cases.add(
          new Case(
              add(aReport().receivedAt(T0.plusSeconds(480)).closedAt(T0.plusSeconds(500))), null));
      cases.forEach(c -> Optional.ofNullable(c.thread()).ifPresent(threads()::save));

      var rows =
          caseLists()
              .page(
                  new Selection(new Scope.Open(), new Condition.Any()),
                  Optional.empty(),
                  Direction.FORWARD,
                  100);
      var cutoff = T0.plusSeconds(3_050);
      var waitingBefore =
          caseLists()
              .page(
                  new Selection(new Scope.Open(), new Condition.AwaitingSinceBefore(cutoff)),
                  Optional.empty(),
                  Direction.FORWARD,
                  100);

      var open = cases.stream().filter(c -> c.report().status() != ReportStatus.CLOSED).toList();
      assertThat(rows)
          .extracting(CaseRow::awaitingSince)
          .containsExactlyElementsOf(open.stream().map(Case::awaitingSince).toList());
      assertThat(waitingBefore)
          .extracting(CaseRow::reference)
          .containsExactlyElementsOf(
              open.stream()
                  .filter(c -> c.awaitingSince().filter(cutoff::isAfter).isPresent())
                  .map(c -> c.report().reference())
                  .toList());
      assertThat(waitingBefore).hasSize(4);
    }
  }

  /** A stored case and its thread, if it has one. */
  private record Case(Report report, MessageThread thread) {
    Optional<Instant> awaitingSince() {
      return AwaitedResponse.since(report, Optional.ofNullable(thread));
    }
  }

  @Nested
  class Paging {

    @Test
    void lists_are_oldest_first_and_cases_of_one_instant_by_reference() {
      var later = at(5);
      var tiedB = add(aReport().receivedAt(T0).withReference("0000000002"));
      var tiedA = add(aReport().receivedAt(T0).withReference("0000000001"));
      var earliest = add(aReport().receivedAt(T0.minusSeconds(1)));

      assertThat(list(new Scope.Queue()))
          .containsExactly(
              earliest.reference(), tiedA.reference(), tiedB.reference(), later.reference());
    }

    @Test
    void a_page_runs_forward_from_a_position_without_it_and_stops_at_the_limit() {
      var tiedA = add(aReport().receivedAt(T0).withReference("0000000001"));
      var tiedB = add(aReport().receivedAt(T0).withReference("0000000002"));
      var third = at(1);
      var fourth = at(2);
      at(3);
      var queue = new Selection(new Scope.Queue(), new Condition.Any());

      var first = caseLists().page(queue, Optional.empty(), Direction.FORWARD, 1);
      var next =
          caseLists().page(queue, Optional.of(first.getLast().position()), Direction.FORWARD, 3);

      assertThat(first).extracting(CaseRow::reference).containsExactly(tiedA.reference());
      assertThat(next)
          .extracting(CaseRow::reference)
          .containsExactly(tiedB.reference(), third.reference(), fourth.reference());
    }

    @Test
    void a_page_runs_backward_to_the_nearest_older_cases_and_is_still_oldest_first() {
      var first = at(1);
      var second = at(2);
      var third = at(3);
      var fourth = at(4);
      var queue = new Selection(new Scope.Queue(), new Condition.Any());

      var before =
          caseLists()
              .page(
                  queue,
                  Optional.of(new Position(fourth.receivedAt(), fourth.reference())),
                  Direction.BACKWARD,
                  2);
      var newest = caseLists().page(queue, Optional.empty(), Direction.BACKWARD, 2);

      assertThat(before)
          .extracting(CaseRow::reference)
          .containsExactly(second.reference(), third.reference());
      assertThat(newest)
          .extracting(CaseRow::reference)
          .containsExactly(third.reference(), fourth.reference());
      assertThat(
              caseLists()
                  .page(
                      queue,
                      Optional.of(new Position(first.receivedAt(), first.reference())),
                      Direction.BACKWARD,
                      5))
          .isEmpty();
    }
  }

  @Nested
  class Rows {

    @Test
    void a_row_says_what_the_stored_case_says() {
      var report = add(aReport().receivedAt(T0).named().assignedTo(ME).withRisk(RiskLevel.URGENT));
      escalate(report);

      var row =
          caseLists()
              .page(
                  new Selection(new Scope.AssignedTo(ME), new Condition.Any()),
                  Optional.empty(),
                  Direction.FORWARD,
                  10)
              .getFirst();

      assertThat(row)
          .isEqualTo(
              new CaseRow(
                  report.reference(),
                  T0,
                  ReportStatus.OPEN,
                  false,
                  Optional.of(ME),
                  RiskLevel.URGENT,
                  0,
                  Optional.empty(),
                  true,
                  Optional.empty()));
    }
  }
}
