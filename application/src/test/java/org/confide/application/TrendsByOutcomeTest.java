package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: trends by outcome. An outcome is decided at closing, so closings are counted by month
 * of closing and outcome in the closing's own transaction, taken back when a case reopens, kept
 * when a case is erased, and suppressed like every other dimension.
 */
class TrendsByOutcomeTest {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private SubmitReportUseCase.Receipt submitted() {
    return fixture.submit(AReport.anonymous().answer("where", "online").build());
  }

  private void close(ReportReference reference, String outcome) {
    confide
        .changeCaseStatus()
        .change(
            fixture.lead,
            ChangeCaseStatusUseCase.Command.close(reference, "Done", outcome, List.of()))
        .orElseThrow();
  }

  private void reopen(ReportReference reference) {
    confide
        .changeCaseStatus()
        .change(
            fixture.lead,
            new ChangeCaseStatusUseCase.Command(
                reference, ReportStatus.OPEN, "More came in", Optional.empty(), List.of()))
        .orElseThrow();
  }

  private List<ReportReference> closed(int cases, String outcome) {
    var references = new java.util.ArrayList<ReportReference>();
    for (int i = 0; i < cases; i++) {
      var reference = submitted().reference();
      close(reference, outcome);
      references.add(reference);
    }
    return references;
  }

  private Outcome<ReadTrendsUseCase.Trends, StaffRequestFailure> trends(
      YearMonth from, YearMonth to, TrendDimension... by) {
    return confide
        .readTrends()
        .read(fixture.analyst, new ReadTrendsUseCase.Command(from, to, List.of(by)));
  }

  private TrendTable byOutcome() {
    return trends(NOVEMBER, NOVEMBER, TrendDimension.OUTCOME).orElseThrow().table();
  }

  private static Count count(TrendTable table, String key) {
    var keys = table.rows().stream().map(TrendCategory::key).toList();
    assertThat(keys).contains(key);
    return table.rowTotals().get(keys.indexOf(key));
  }

  @Test
  void closed_cases_count_by_outcome_with_small_counts_suppressed_and_open_ones_not_at_all() {
    closed(6, "support-provided");
    closed(1, "referred-elsewhere");
    submitted();

    var table = byOutcome();

    assertThat(count(table, "support-provided")).isEqualTo(new Count.Exact(6));
    assertThat(count(table, "referred-elsewhere")).isEqualTo(new Count.FewerThan(5));
    assertThat(table.total()).isEqualTo(new Count.Exact(7));
    assertThat(table.rows())
        .extracting(TrendCategory::label)
        .contains("Support provided", "No further action", "No outcome");
  }

  @Test
  void a_reopened_case_is_taken_back_and_counts_once_under_its_new_outcome_when_it_closes_again() {
    var references = closed(7, "support-provided");
    closed(5, "no-further-action");

    reopen(references.getFirst());
    assertThat(count(byOutcome(), "support-provided")).isEqualTo(new Count.Exact(6));
    assertThat(byOutcome().total()).isEqualTo(new Count.Exact(11));

    close(references.getFirst(), "no-further-action");
    assertThat(count(byOutcome(), "support-provided")).isEqualTo(new Count.Exact(6));
    assertThat(count(byOutcome(), "no-further-action")).isEqualTo(new Count.Exact(6));
    assertThat(byOutcome().total()).isEqualTo(new Count.Exact(12));
  }

  @Test
  void an_erased_case_still_counts() {
    closed(6, "support-provided");
    var erased = submitted();
    close(erased.reference(), "support-provided");

    assertThat(confide.eraseMyReport().erase(fixture.reporterSessionFor(erased)).isDone()).isTrue();

    assertThat(fixture.ports.reports().find(erased.reference())).isEmpty();
    assertThat(count(byOutcome(), "support-provided")).isEqualTo(new Count.Exact(7));
  }

  @Test
  void by_month_a_case_counts_in_the_month_it_was_closed_not_the_month_it_arrived() {
    var references = new java.util.ArrayList<ReportReference>();
    for (int i = 0; i < 6; i++) {
      references.add(submitted().reference());
    }
    fixture.advance(Duration.ofDays(30));
    references.forEach(reference -> close(reference, "support-provided"));

    var table =
        trends(NOVEMBER, DECEMBER, TrendDimension.MONTH, TrendDimension.OUTCOME)
            .orElseThrow()
            .table();

    assertThat(count(table, "2026-12")).isEqualTo(new Count.Exact(6));
    assertThat(count(table, "2026-11")).isInstanceOf(Count.FewerThan.class);
    var column = table.columns().stream().map(TrendCategory::key).toList();
    assertThat(column).contains("support-provided", Tally.NOT_ANSWERED);
  }

  @Test
  void outcome_crossed_with_anything_but_month_is_named_as_a_problem_with_by() {
    var outcome = trends(NOVEMBER, NOVEMBER, TrendDimension.OUTCOME, TrendDimension.WHERE);

    assertThat(Failures.fields(outcome)).containsExactly("by");
  }
}
