package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.acknowledged;
import static org.confide.testing.TestData.anEscalation;
import static org.confide.testing.TestData.reporterMessage;
import static org.confide.testing.TestData.staffMessage;
import static org.confide.testing.TestReports.aReport;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.ServiceFigures;
import org.confide.application.port.out.ServiceFigures.EscalationTiming;
import org.confide.application.port.out.ServiceFigures.Workload;
import org.confide.application.port.out.Teams;
import org.confide.domain.analytics.Arrival;
import org.confide.domain.report.Report;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.Team;
import org.confide.domain.team.TeamId;
import org.confide.domain.thread.MessageThread;
import org.confide.testing.TestReports;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link ServiceFigures} adapter: the reports received in a range with the
 * earliest staff message of each thread (which a later staff message never moves, and a reporter's
 * message never sets); the open cases, held ones aside, counted by team and assignee, with those
 * awaiting a response since before a cutoff by the domain's {@code AwaitedResponse} rule; and the
 * escalations raised in a range, with where each stands and when a lead first decided on it.
 *
 * <p>{@link #figures()} and the other adapters must share one store, empty at the start of each
 * test.
 */
public abstract class ServiceFiguresContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final StaffId ME = TestStaff.aStaffId();

  /** For a subclass that runs this contract against one adapter. */
  protected ServiceFiguresContract() {}

  /** {@return the adapter under test, reading what the adapters below store} */
  protected abstract ServiceFigures figures();

  /** {@return the reports adapter the figures read} */
  protected abstract Reports reports();

  /** {@return the message threads adapter the figures read} */
  protected abstract MessageThreads threads();

  /** {@return the escalations adapter the figures read} */
  protected abstract Escalations escalations();

  /** {@return the teams adapter the figures read} */
  protected abstract Teams teams();

  private Report add(TestReports report) {
    var built = report.build();
    reports().add(built);
    return built;
  }

  @Test
  void first_replies_are_the_reports_received_in_the_range_with_their_earliest_staff_message() {
    var answered = add(aReport().receivedAt(T0));
    var waiting = add(aReport().receivedAt(T0.plus(HOUR)));
    add(aReport().receivedAt(T0.minus(HOUR)));
    add(aReport().receivedAt(T0.plus(HOUR.multipliedBy(24))));
    var thread =
        MessageThread.open(answered.reference())
            .post(reporterMessage(T0.plus(HOUR)))
            .post(staffMessage(ME, T0.plus(HOUR.multipliedBy(2))));
    threads().save(thread);
    threads().save(thread.post(staffMessage(ME, T0.plus(HOUR.multipliedBy(5)))));
    threads().save(MessageThread.open(waiting.reference()).post(reporterMessage(T0.plus(HOUR))));

    assertThat(figures().firstReplies(T0, T0.plus(HOUR.multipliedBy(24))))
        .containsExactlyInAnyOrder(
            new Arrival(T0, Optional.of(T0.plus(HOUR.multipliedBy(2)))),
            new Arrival(T0.plus(HOUR), Optional.empty()));
  }

  @Test
  void workload_counts_the_open_cases_by_team_and_assignee_with_those_overdue() {
    var team = new Team(TeamId.generate(ThreadLocalRandom.current()), "Student Support", Set.of());
    teams().add(team);
    var queued = add(aReport().receivedAt(T0));
    var queuedLater = add(aReport().receivedAt(T0.plus(HOUR.multipliedBy(48))));
    var mine = add(aReport().receivedAt(T0).assignedTo(ME));
    add(aReport().receivedAt(T0).assignedTo(ME).closedAt(T0.plus(HOUR)));
    teams().place(queued.reference(), team.id());
    teams().place(queuedLater.reference(), team.id());
    threads().save(MessageThread.open(mine.reference()).post(staffMessage(ME, T0.plus(HOUR))));

    assertThat(figures().workload(T0.plus(HOUR.multipliedBy(24))))
        .containsExactlyInAnyOrder(
            new Workload(Optional.of(team.id()), Optional.empty(), 2, 1),
            new Workload(Optional.empty(), Optional.of(ME), 1, 0));
  }

  @Test
  void escalations_are_those_raised_in_the_range_with_their_first_decision() {
    var report = add(aReport().receivedAt(T0));
    var decided = acknowledged(anEscalation(report.reference(), T0), T0.plus(HOUR.multipliedBy(3)));
    escalations().save(decided);
    escalations().save(anEscalation(report.reference(), T0.plus(HOUR)));
    escalations().save(anEscalation(report.reference(), T0.minus(HOUR)));

    assertThat(figures().escalations(T0, T0.plus(HOUR.multipliedBy(24))))
        .containsExactlyInAnyOrder(
            new EscalationTiming(
                EscalationStatus.ACKNOWLEDGED,
                new Arrival(T0, Optional.of(T0.plus(HOUR.multipliedBy(3))))),
            new EscalationTiming(
                EscalationStatus.RAISED, new Arrival(T0.plus(HOUR), Optional.empty())));
  }
}
