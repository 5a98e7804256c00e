package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.in.ChangeAnalysisUseCase;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.EraseMyReportUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReplaceSettingsUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.analytics.Tally;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.settings.CalendarChange;
import org.confide.domain.settings.ServiceSettings;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Working days, closures, overdue cases, retention and erasure. */
class CalendarAndRetentionTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private void closeForWinter() {
    var settings = confide.readSettings().read(fixture.admin).orElseThrow();
    var calendar =
        settings
            .calendar()
            .withHoliday(new PublicHoliday(LocalDate.parse("2026-12-25"), "Christmas Day"))
            .withClosure(
                new ClosurePeriod(
                    LocalDate.parse("2026-12-20"),
                    LocalDate.parse("2027-01-02"),
                    "Reports will not be monitored from 20 December to 2 January."));
    assertThat(
            confide
                .replaceSettings()
                .replace(
                    fixture.admin,
                    new ReplaceSettingsUseCase.Command(
                        settings
                            .withCalendar(calendar, settings.serviceLevel())
                            .withRetention(Period.ofYears(1)))))
        .isEqualTo(Outcome.ok());
  }

  @Nested
  class ChangingTheCalendar {

    private Outcome<ServiceSettings, StaffRequestFailure> change(
        SessionToken session, CalendarChange change) {
      return confide.changeCalendar().change(session, new ChangeCalendarUseCase.Command(change));
    }

    @Test
    void two_changes_one_after_the_other_both_stay_and_are_audited() {
      var christmas = new PublicHoliday(LocalDate.parse("2026-12-25"), "Christmas Day");

      assertThat(change(fixture.admin, new CalendarChange.AddHoliday(christmas)).isDone()).isTrue();
      assertThat(change(fixture.admin, new CalendarChange.SetServiceLevel(5, 2)).isDone()).isTrue();

      var settings = confide.readSettings().read(fixture.admin).orElseThrow();
      assertThat(settings.calendar().holidays()).containsExactly(christmas);
      assertThat(settings.serviceLevel().responseTargetWorkingDays()).isEqualTo(5);
      assertThat(
              fixture
                  .ports
                  .auditTrail()
                  .between(
                      Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(), 100)
                  .stream()
                  .filter(e -> e.action() == AuditAction.CALENDAR_CHANGED))
          .hasSize(2);
    }

    @Test
    void changing_the_analysis_keeps_a_calendar_change_made_before() {
      var christmas = new PublicHoliday(LocalDate.parse("2026-12-25"), "Christmas Day");
      assertThat(change(fixture.admin, new CalendarChange.AddHoliday(christmas)).isDone()).isTrue();
      var analysis =
          new org.confide.domain.settings.AnalysisSettings(
              new org.confide.domain.analytics.SuppressionThreshold(7),
              org.confide.domain.pattern.AlertRule.standard());

      assertThat(
              confide
                  .changeAnalysis()
                  .change(fixture.admin, new ChangeAnalysisUseCase.Command(analysis)))
          .isEqualTo(Outcome.ok());

      var settings = confide.readSettings().read(fixture.admin).orElseThrow();
      assertThat(settings.analysis()).isEqualTo(analysis);
      assertThat(settings.calendar().holidays()).containsExactly(christmas);
    }

    @Test
    void a_change_that_does_not_fit_is_named_and_changes_nothing() {
      var outcome = change(fixture.admin, new CalendarChange.SetServiceLevel(2, 3));

      assertThat(Failures.fields(outcome)).containsExactly("escalationAcknowledgementWorkingDays");
      assertThat(confide.readSettings().read(fixture.admin).orElseThrow().serviceLevel())
          .isEqualTo(ServiceLevel.standard());
    }

    @Test
    void only_an_administrator_changes_it() {
      assertThat(change(fixture.adviser, new CalendarChange.SetServiceLevel(5, 2)))
          .is(failedWith(Failure.Forbidden.class));
    }
  }

  @Nested
  class Closures {

    @Test
    void a_report_just_before_the_winter_closure_is_due_after_it() {
      closeForWinter();
      fixture.setTime(Instant.parse("2026-12-18T16:00:00Z"));

      var receipt = fixture.submit(Fixture.anonymous("Before the break."));

      // Friday 18 December; closed to 2 January; 4, 5, 6 January are the three working days.
      assertThat(receipt.responseDueBy()).isEqualTo(Instant.parse("2027-01-07T00:00:00Z"));
    }

    @Test
    void during_a_closure_the_service_says_it_is_not_monitored_and_why() {
      closeForWinter();
      fixture.setTime(Instant.parse("2026-12-24T12:00:00Z"));

      var status = confide.readServiceStatus().status();

      assertThat(status.monitored()).isFalse();
      assertThat(status.closureNotice())
          .contains("Reports will not be monitored from 20 December to 2 January.");
      assertThat(status.responseTargetWorkingDays()).isEqualTo(3);
      assertThat(status.emergencyContacts()).isNotEmpty();
    }

    @Test
    void outside_a_closure_the_service_is_monitored() {
      closeForWinter();

      assertThat(confide.readServiceStatus().status().monitored()).isTrue();
      assertThat(confide.readServiceStatus().status().closureNotice()).isEmpty();
    }
  }

  @Test
  void a_case_nobody_answers_becomes_overdue_after_three_working_days() {
    var receipt = fixture.submit(Fixture.anonymous("Waiting."));

    fixture.setTime(Instant.parse("2026-11-05T23:59:00Z"));
    assertThat(
            confide
                .listCases()
                .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.OVERDUE))
                .orElseThrow()
                .cases())
        .isEmpty();

    fixture.setTime(Instant.parse("2026-11-06T00:00:00Z"));
    var overdue =
        confide
            .listCases()
            .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.OVERDUE))
            .orElseThrow()
            .cases();
    assertThat(overdue)
        .singleElement()
        .satisfies(c -> {
          assertThat(c.reference()).isEqualTo(receipt.reference());
          assertThat(c.overdue()).isTrue();
          assertThat(c.responseDueBy()).contains(Instant.parse("2026-11-06T00:00:00Z"));
        });

    fixture.setTime(Instant.parse("2026-11-10T09:00:00Z"));
    assertThat(
            confide
                .listCases()
                .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.OVERDUE))
                .orElseThrow()
                .cases())
        .singleElement()
        .satisfies(c -> assertThat(c.overdueWorkingDays()).isEqualTo(2));
  }

  @Nested
  class Retention {

    @Test
    void closed_cases_older_than_the_retention_period_are_purged_but_still_counted() {
      closeForWinter();
      var old = fixture.submit(Fixture.anonymous("Old case."));
      var kept = fixture.submit(Fixture.anonymous("Open case."));
      assertThat(
              confide
                  .changeCaseStatus()
                  .change(
                      fixture.adviser,
                      ChangeCaseStatusUseCase.Command.close(
                          old.reference(), "Resolved", "support-provided", java.util.List.of())))
          .isEqualTo(Outcome.ok());

      fixture.advance(Duration.ofDays(364));
      assertThat(confide.purgeClosedCases().purge()).isZero();

      fixture.advance(Duration.ofDays(2));
      assertThat(confide.purgeClosedCases().purge()).isEqualTo(1);

      assertThat(
              confide
                  .openReporterSession()
                  .open(new OpenReporterSessionUseCase.Command(old.accessCode().get().display())))
          .is(failedWith(Failure.Unauthenticated.class));
      assertThat(
              confide.viewCase().view(fixture.lead, new ViewCaseUseCase.Command(old.reference())))
          .is(failedWith(Failure.NotFound.class));
      assertThat(
              confide
                  .viewCase()
                  .view(fixture.adviser, new ViewCaseUseCase.Command(kept.reference()))
                  .isDone())
          .isTrue();
      assertThat(
              fixture.trendFacts().count(YearMonth.of(2026, 11), YearMonth.of(2026, 11), Set.of()))
          .containsExactly(new Tally(Map.of(), 2));
    }
  }

  @Test
  void a_reporter_can_erase_their_report_with_their_code() {
    var receipt = fixture.submit(Fixture.anonymous("Please forget this."));
    var reporter = fixture.reporterSessionFor(receipt);
    confide
        .sendReporterMessage()
        .send(reporter, new SendReporterMessageUseCase.Command("A message."));

    assertThat(confide.eraseMyReport().erase(reporter))
        .isEqualTo(Outcome.done(EraseMyReportUseCase.Result.ERASED));

    assertThat(confide.readMyReport().read(reporter)).is(failedWith(Failure.Unauthenticated.class));
    assertThat(
            confide
                .openReporterSession()
                .open(new OpenReporterSessionUseCase.Command(receipt.accessCode().get().display())))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(
            confide
                .viewCase()
                .view(fixture.adviser, new ViewCaseUseCase.Command(receipt.reference())))
        .is(failedWith(Failure.NotFound.class));
    assertThat(
            confide
                .listCases()
                .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.QUEUE))
                .orElseThrow()
                .cases())
        .isEmpty();
  }
}
