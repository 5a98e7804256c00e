package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.AlertId;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListAlertsUseCase;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadAuditTrailUseCase;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.application.port.in.ReplaceSettingsUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.SuppressionThreshold;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.pattern.AlertRule;
import org.confide.domain.pattern.PatternKind;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.settings.AnalysisSettings;
import org.confide.testing.AReport;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrendsAndAlertsTest {

  private final Fixture fixture = new Fixture();
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  private Outcome<ReadTrendsUseCase.Trends, StaffRequestFailure> trends(
      SessionToken who, TrendDimension... by) {
    return fixture
        .confide
        .readTrends()
        .read(who, new ReadTrendsUseCase.Command(NOVEMBER, NOVEMBER, List.of(by)));
  }

  private TrendTable table(TrendDimension... by) {
    return trends(fixture.analyst, by).orElseThrow().table();
  }

  private Count count(TrendTable table, String key) {
    for (int i = 0; i < table.rows().size(); i++) {
      if (table.rows().get(i).key().equals(key)) {
        return table.rowTotals().get(i);
      }
    }
    throw new AssertionError("no row " + key);
  }

  private void submit(int times, String where) {
    for (int i = 0; i < times; i++) {
      fixture.submit(AReport.anonymous().answer("where", where).build());
    }
  }

  private List<AuditEvent> audit(AuditAction action) {
    return fixture
        .confide
        .readAuditTrail()
        .read(
            fixture.admin,
            new ReadAuditTrailUseCase.Command(
                Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty()))
        .orElseThrow()
        .stream()
        .filter(e -> e.action() == action)
        .toList();
  }

  @Nested
  class Trends {

    @Test
    void counts_are_shown_and_small_ones_suppressed() {
      submit(12, "on-campus");
      submit(7, "online");
      submit(2, "off-campus");

      var table = table(TrendDimension.WHERE);

      assertThat(count(table, "on-campus")).isEqualTo(new Count.Exact(12));
      assertThat(count(table, "off-campus")).isEqualTo(new Count.FewerThan(5));
      assertThat(table.total()).isEqualTo(new Count.Exact(21));
      assertThat(table.rows())
          .extracting(TrendCategory::label)
          .contains("Off campus", "Not answered");
      // 21 - 12 - 7 = 2 is shared by off campus and the empty categories: it gives nothing away.
      assertThat(table.rowTotals().stream().filter(c -> !(c instanceof Count.Exact)))
          .hasSizeGreaterThan(1);
    }

    @Test
    void erased_reports_still_count() {
      submit(6, "on-campus");
      var erased = fixture.submit(AReport.anonymous().answer("where", "on-campus").build());
      var before = count(table(TrendDimension.WHERE), "on-campus");

      var session = fixture.reporterSessionFor(erased);
      assertThat(fixture.confide.eraseMyReport().erase(session).isDone()).isTrue();

      assertThat(before).isEqualTo(new Count.Exact(7));
      assertThat(count(table(TrendDimension.WHERE), "on-campus")).isEqualTo(new Count.Exact(7));
    }

    @Test
    void months_are_listed_even_without_reports() {
      submit(6, "on-campus");

      var table =
          fixture
              .confide
              .readTrends()
              .read(
                  fixture.analyst,
                  new ReadTrendsUseCase.Command(
                      NOVEMBER.minusMonths(2), NOVEMBER, List.of(TrendDimension.MONTH)))
              .orElseThrow()
              .table();

      assertThat(table.rows())
          .extracting(TrendCategory::key)
          .containsExactly("2026-09", "2026-10", "2026-11");
      assertThat(table.rows().get(2).label()).isEqualTo("November 2026");
      assertThat(table.rowTotals().get(2)).isEqualTo(new Count.Exact(6));
    }

    @Test
    void two_dimensions_cross() {
      submit(6, "on-campus");

      var table = table(TrendDimension.TYPE, TrendDimension.ANONYMOUS);

      assertThat(table.columns())
          .extracting(TrendCategory::key)
          .containsExactly("anonymous", "named");
      int harassment = table.rows().stream().map(TrendCategory::key).toList().indexOf("harassment");
      assertThat(table.cells().get(harassment).getFirst()).isEqualTo(new Count.Exact(6));
    }

    @Test
    void the_threshold_is_the_organisations() {
      submit(4, "on-campus");
      submit(20, "online");
      assertThat(count(table(TrendDimension.WHERE), "on-campus")).isEqualTo(new Count.FewerThan(5));

      saveAnalysis(new AnalysisSettings(new SuppressionThreshold(3), AlertRule.standard()));

      assertThat(count(table(TrendDimension.WHERE), "on-campus"))
          .isIn(new Count.Exact(4), new Count.NotShown());
      assertThat(table(TrendDimension.WHERE).rowTotals()).doesNotContain(new Count.FewerThan(5));
    }

    @Test
    void bad_queries_name_the_field() {
      var reversed =
          fixture
              .confide
              .readTrends()
              .read(
                  fixture.analyst,
                  new ReadTrendsUseCase.Command(
                      NOVEMBER, NOVEMBER.minusMonths(1), List.of(TrendDimension.TYPE)));
      var tooLong =
          fixture
              .confide
              .readTrends()
              .read(
                  fixture.analyst,
                  new ReadTrendsUseCase.Command(
                      NOVEMBER.minusYears(10), NOVEMBER, List.of(TrendDimension.TYPE)));
      var twice = trends(fixture.analyst, TrendDimension.TYPE, TrendDimension.TYPE);
      var none = trends(fixture.analyst);
      var three =
          trends(fixture.analyst, TrendDimension.TYPE, TrendDimension.WHERE, TrendDimension.MONTH);

      assertThat(Failures.fields(reversed)).containsExactly("to");
      assertThat(Failures.fields(tooLong)).containsExactly("from");
      assertThat(Failures.fields(twice)).containsExactly("by");
      assertThat(Failures.fields(none)).containsExactly("by");
      assertThat(Failures.fields(three)).containsExactly("by");
    }

    @Test
    void analysts_leads_and_administrators_may_read_advisers_may_not() {
      assertThat(trends(fixture.analyst, TrendDimension.TYPE).isDone()).isTrue();
      assertThat(trends(fixture.lead, TrendDimension.TYPE).isDone()).isTrue();
      assertThat(trends(fixture.admin, TrendDimension.TYPE).isDone()).isTrue();
      assertThat(trends(fixture.adviser, TrendDimension.TYPE))
          .is(failedWith(Failure.Forbidden.class));
      assertThat(trends(new SessionToken("x".repeat(43)), TrendDimension.TYPE))
          .is(failedWith(Failure.Unauthenticated.class));
    }

    @Test
    void every_reading_is_audited_with_its_range_and_dimensions() {
      trends(fixture.analyst, TrendDimension.TYPE, TrendDimension.WHERE);

      assertThat(audit(AuditAction.TRENDS_READ))
          .singleElement()
          .satisfies(e -> assertThat(e.detail()).isEqualTo("2026-11..2026-11 by type, where"));
    }
  }

  private void saveAnalysis(AnalysisSettings analysis) {
    var current = fixture.confide.readSettings().read(fixture.admin).orElseThrow();
    assertThat(
            fixture
                .confide
                .replaceSettings()
                .replace(
                    fixture.admin,
                    new ReplaceSettingsUseCase.Command(current.withAnalysis(analysis))))
        .isEqualTo(Outcome.ok());
  }

  @Nested
  class Alerts {

    private SubmitReportUseCaseReceipt name(String person) {
      var receipt =
          fixture.submit(
              AReport.anonymous()
                  .answer("named-person", RawAnswer.of(person))
                  .account("x")
                  .build());
      return new SubmitReportUseCaseReceipt(receipt);
    }

    private List<ListAlertsUseCase.Alert> alerts(SessionToken who) {
      return fixture.confide.listAlerts().list(who).orElseThrow();
    }

    @Test
    void three_reports_naming_one_person_however_written_raise_one_alert() {
      name("Dr John Smith");
      fixture.advance(Duration.ofDays(10));
      name("smith, john");
      assertThat(alerts(fixture.lead)).isEmpty();
      fixture.advance(Duration.ofDays(10));
      name("JOHN  SMITH.");
      name("Jane Doe");

      var alerts = alerts(fixture.lead);

      assertThat(alerts)
          .singleElement()
          .satisfies(alert -> {
            assertThat(alert.reports()).isEqualTo(3);
            assertThat(alert.kind()).contains(PatternKind.PERSON);
            assertThat(alert.firstReceivedAt()).contains(Fixture.MONDAY_MORNING);
          });
    }

    @Test
    void reports_further_apart_than_the_window_raise_none() {
      name("John Smith");
      fixture.advance(Duration.ofDays(50));
      name("John Smith");
      fixture.advance(Duration.ofDays(41));
      name("John Smith");

      assertThat(alerts(fixture.lead)).isEmpty();
    }

    @Test
    void the_threshold_and_window_are_the_organisations() {
      saveAnalysis(
          new AnalysisSettings(
              SuppressionThreshold.standard(), new AlertRule(2, Duration.ofDays(7))));
      name("Room 101");
      fixture.advance(Duration.ofDays(8));
      name("John Smith");
      fixture.advance(Duration.ofDays(6));
      name("john smith");

      assertThat(alerts(fixture.analyst))
          .singleElement()
          .satisfies(a -> assertThat(a.reports()).isEqualTo(2));
    }

    @Test
    void places_alert_too() {
      for (int i = 0; i < 3; i++) {
        fixture.submit(
            AReport.anonymous()
                .answer(
                    "location-detail", RawAnswer.of(i == 0 ? "The Main Library" : "main library"))
                .build());
      }

      assertThat(alerts(fixture.lead))
          .singleElement()
          .satisfies(a -> assertThat(a.kind()).contains(PatternKind.PLACE));
    }

    @Test
    void analysts_see_only_that_an_alert_exists_and_its_size_advisers_nothing() {
      name("John Smith");
      name("John Smith");
      name("John Smith");

      assertThat(alerts(fixture.analyst))
          .singleElement()
          .satisfies(alert -> {
            assertThat(alert.reports()).isEqualTo(3);
            assertThat(alert.kind()).isEmpty();
            assertThat(alert.firstReceivedAt()).isEmpty();
            assertThat(alert.lastReceivedAt()).isEmpty();
          });
      assertThat(fixture.confide.listAlerts().list(fixture.adviser))
          .is(failedWith(Failure.Forbidden.class));
      assertThat(fixture.confide.listAlerts().list(fixture.admin))
          .is(failedWith(Failure.Forbidden.class));
    }

    @Test
    void a_lead_opens_the_reports_behind_an_alert_and_each_opening_is_audited() {
      var first = name("John Smith");
      var second = name("Smith, John");
      var third = name("Mr John Smith");
      var id = alerts(fixture.lead).getFirst().id();

      var file =
          fixture
              .confide
              .openAlert()
              .open(fixture.lead, new OpenAlertUseCase.Command(id))
              .orElseThrow();

      assertThat(file.kind()).isEqualTo(PatternKind.PERSON);
      assertThat(file.reports())
          .extracting(r -> r.reference())
          .containsExactlyInAnyOrder(first.reference(), second.reference(), third.reference());
      assertThat(audit(AuditAction.ALERT_OPENED))
          .singleElement()
          .satisfies(e -> assertThat(e.detail()).isEqualTo("alert " + id + ": 3"));
      assertThat(audit(AuditAction.REPORT_VIEWED))
          .hasSize(3)
          .allSatisfy(e -> assertThat(e.detail()).isEqualTo("through alert " + id));
    }

    @Test
    void only_a_lead_may_open_an_alert() {
      name("John Smith");
      name("John Smith");
      name("John Smith");
      var id = alerts(fixture.analyst).getFirst().id();

      assertThat(
              fixture.confide.openAlert().open(fixture.analyst, new OpenAlertUseCase.Command(id)))
          .is(failedWith(Failure.Forbidden.class));
      assertThat(
              fixture.confide.openAlert().open(fixture.adviser, new OpenAlertUseCase.Command(id)))
          .is(failedWith(Failure.Forbidden.class));
      assertThat(
              fixture
                  .confide
                  .openAlert()
                  .open(fixture.lead, new OpenAlertUseCase.Command(new AlertId("0".repeat(24)))))
          .is(failedWith(Failure.NotFound.class));
      assertThat(audit(AuditAction.ALERT_OPENED)).isEmpty();
    }

    @Test
    void an_erased_report_leaves_the_alert_and_its_keys_go() {
      name("John Smith");
      name("John Smith");
      var erased = name("John Smith");
      assertThat(alerts(fixture.lead)).hasSize(1);

      fixture
          .confide
          .eraseMyReport()
          .erase(fixture.reporterSessionFor(erased.receipt()))
          .orElseThrow();

      assertThat(alerts(fixture.lead)).isEmpty();
      assertThat(fixture.ports.patternKeys().repeated(1)).hasSize(2);
    }

    @Test
    void the_store_holds_digests_never_the_names() {
      name("John Smith");

      assertThat(fixture.ports.patternKeys().repeated(1))
          .singleElement()
          .satisfies(s -> {
            assertThat(s.key().digest()).matches("[0-9a-f]{64}");
            assertThat(s.toString().toLowerCase()).doesNotContain("smith");
          });
    }

    @Test
    void answers_that_name_no_one_never_join_reports() {
      name("don't know");
      name("Don't know");
      name("n/a");
      name("unknown");

      assertThat(alerts(fixture.lead)).isEmpty();
      assertThat(fixture.ports.patternKeys().repeated(1)).isEmpty();
    }
  }

  /** A receipt and its reference, for brevity. */
  private record SubmitReportUseCaseReceipt(
      org.confide.application.port.in.SubmitReportUseCase.Receipt receipt) {
    org.confide.domain.shared.ReportReference reference() {
      return receipt.reference();
    }
  }
}
