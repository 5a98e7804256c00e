package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadDashboardUseCase;
import org.confide.application.port.in.ReadDashboardUseCase.Dashboard;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.ResponseTimes;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

class ServiceDashboardTest {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  private final Fixture fixture = new Fixture();

  private Outcome<Dashboard, StaffRequestFailure> read(
      SessionToken who, YearMonth from, YearMonth to) {
    return fixture.confide.readDashboard().read(who, new ReadDashboardUseCase.Command(from, to));
  }

  private Dashboard november() {
    return read(fixture.lead, NOVEMBER, NOVEMBER).orElseThrow();
  }

  private ReportReference submit() {
    return fixture.submit(Fixture.anonymous("Something happened in the library.")).reference();
  }

  private void reply(ReportReference reference) {
    fixture
        .confide
        .replyToReporter()
        .reply(
            fixture.adviser,
            new ReplyToReporterUseCase.Command(reference, "We have read your report."))
        .orElseThrow();
  }

  @Test
  void advisers_and_analysts_are_refused_and_leads_and_administrators_read_it() {
    assertThat(read(fixture.adviser, NOVEMBER, NOVEMBER))
        .isEqualTo(Outcome.failed(new Failure.Forbidden()));
    assertThat(read(fixture.analyst, NOVEMBER, NOVEMBER))
        .isEqualTo(Outcome.failed(new Failure.Forbidden()));
    assertThat(read(fixture.admin, NOVEMBER, NOVEMBER).isDone()).isTrue();
    assertThat(read(fixture.lead, NOVEMBER, NOVEMBER).isDone()).isTrue();
  }

  @Test
  void a_reversed_or_too_long_range_is_refused_naming_the_month_at_fault() {
    assertThat(read(fixture.lead, NOVEMBER, NOVEMBER.minusMonths(1)))
        // The English words and the field; the code is ProblemWordsTest's to check.
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes(".*code", ".*arguments")
        .isEqualTo(
            Outcome.failed(
                new Failure.Invalid(
                    List.of(
                        new FieldProblem("to", "Should be the same month as from, or later")))));
    assertThat(read(fixture.lead, NOVEMBER.minusMonths(24), NOVEMBER))
        // The English words and the field; the code is ProblemWordsTest's to check.
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes(".*code", ".*arguments")
        .isEqualTo(
            Outcome.failed(
                new Failure.Invalid(
                    List.of(new FieldProblem("from", "The dashboard covers at most 24 months")))));
    assertThat(read(fixture.lead, NOVEMBER.minusMonths(23), NOVEMBER).isDone()).isTrue();
  }

  @Test
  void first_replies_are_measured_in_working_days_with_the_share_answered_within_the_target() {
    var sameDay = List.of(submit(), submit(), submit());
    var thursday = List.of(submit(), submit(), submit());
    sameDay.forEach(this::reply);
    fixture.advance(Duration.ofDays(3));
    thursday.forEach(this::reply);

    var month = november().months().getFirst();

    assertThat(month.reports()).isEqualTo(new Count.Exact(6));
    assertThat(month.firstReply()).contains(new ResponseTimes(0, 3));
    assertThat(month.withinTarget()).isEqualTo(OptionalInt.of(100));
  }

  @Test
  void a_month_of_few_reports_shows_neither_their_number_nor_their_times() {
    reply(submit());
    reply(submit());

    var month = november().months().getFirst();

    assertThat(month.reports()).isEqualTo(new Count.FewerThan(5));
    assertThat(month.firstReply()).isEmpty();
    assertThat(month.withinTarget()).isEmpty();
  }

  @Test
  void workload_counts_every_open_case_exactly_however_few_and_the_overdue_ones() {
    submit();
    submit();
    fixture.advance(Duration.ofDays(10));

    var workload = november().workload();

    assertThat(workload.open()).isEqualTo(2);
    assertThat(workload.overdue()).isEqualTo(2);
    assertThat(workload.advisers())
        .containsExactly(
            new ReadDashboardUseCase.Load(ReadDashboardUseCase.Load.QUEUE, "Not assigned", 2, 2));
    assertThat(workload.teams())
        .containsExactly(
            new ReadDashboardUseCase.Load(ReadDashboardUseCase.Load.NO_TEAM, "No team", 2, 2));
  }

  @Test
  void escalations_are_counted_by_state_with_small_counts_suppressed() {
    var dashboard = november();

    assertThat(dashboard.escalations())
        .allSatisfy(state -> assertThat(state.count()).isEqualTo(new Count.FewerThan(5)));
    assertThat(dashboard.timeToDecision()).isEqualTo(Optional.empty());
  }

  @Test
  void every_reading_is_audited_with_its_range() {
    november();

    assertThat(fixture.audited(AuditAction.DASHBOARD_READ))
        .singleElement()
        .satisfies(event -> assertThat(event.detail()).contains("2026-11..2026-11"));
  }
}
