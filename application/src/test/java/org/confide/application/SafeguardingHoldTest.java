package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.DecideEscalationUseCase.Decision;
import org.confide.application.port.in.EraseMyReportUseCase.Result;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SubmitReportUseCase.Receipt;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.analytics.Tally;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Erasure never destroys a safeguarding record: a reporter who erases a report under an undecided
 * or referred escalation loses access at once, and the report is held for the safeguarding leads
 * until the escalation is stood down or the referral retention has passed.
 */
class SafeguardingHoldTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private Receipt submitted() {
    return fixture.submit(Fixture.anonymous("Something happened at the bus stop."));
  }

  private EscalationId escalate(Receipt receipt) {
    return confide
        .escalateCase()
        .escalate(fixture.adviser, new EscalateCaseUseCase.Command(receipt.reference(), "At risk"))
        .orElseThrow();
  }

  private void decide(EscalationId escalation, Decision decision) {
    assertThat(
            confide
                .decideEscalation()
                .decide(fixture.lead, new DecideEscalationUseCase.Command(escalation, decision)))
        .isEqualTo(Outcome.ok());
  }

  private Outcome<ViewCaseUseCase.CaseFile, ?> view(SessionToken staff, Receipt receipt) {
    return confide.viewCase().view(staff, new ViewCaseUseCase.Command(receipt.reference()));
  }

  private long audited(AuditAction action) {
    return fixture
        .ports
        .auditTrail()
        .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(), 1000)
        .stream()
        .map(AuditEvent::action)
        .filter(action::equals)
        .count();
  }

  private Tally trendsThisMonth() {
    return fixture
        .trendFacts()
        .count(YearMonth.of(2026, 11), YearMonth.of(2026, 11), Set.of())
        .getFirst();
  }

  @Nested
  class WhatTheReporterIsTold {

    @Test
    void a_reporter_with_no_escalation_is_not_warned_and_their_report_is_erased() {
      var receipt = submitted();
      var reporter = fixture.reporterSessionFor(receipt);

      assertThat(confide.readMyReport().read(reporter).orElseThrow().keptForSafeguardingIfErased())
          .isFalse();
      assertThat(confide.eraseMyReport().erase(reporter)).isEqualTo(Outcome.done(Result.ERASED));
      assertThat(view(fixture.lead, receipt)).is(failedWith(Failure.NotFound.class));
    }

    @Test
    void a_reporter_whose_escalation_was_stood_down_is_not_warned_either() {
      var receipt = submitted();
      decide(escalate(receipt), new Decision.StandDown("No concern"));
      var reporter = fixture.reporterSessionFor(receipt);

      assertThat(confide.readMyReport().read(reporter).orElseThrow().keptForSafeguardingIfErased())
          .isFalse();
      assertThat(confide.eraseMyReport().erase(reporter)).isEqualTo(Outcome.done(Result.ERASED));
    }

    @Test
    void a_reporter_whose_report_is_escalated_is_told_before_they_confirm() {
      var receipt = submitted();
      escalate(receipt);

      assertThat(
              confide
                  .readMyReport()
                  .read(fixture.reporterSessionFor(receipt))
                  .orElseThrow()
                  .keptForSafeguardingIfErased())
          .isTrue();
    }
  }

  @Nested
  class WhileHeld {

    @Test
    void the_reporters_access_ends_at_once_and_the_code_no_longer_opens_anything() {
      var receipt = submitted();
      escalate(receipt);
      var reporter = fixture.reporterSessionFor(receipt);

      assertThat(confide.eraseMyReport().erase(reporter)).isEqualTo(Outcome.done(Result.HELD));

      assertThat(confide.readMyReport().read(reporter))
          .is(failedWith(Failure.Unauthenticated.class));
      assertThat(
              confide
                  .openReporterSession()
                  .open(
                      new OpenReporterSessionUseCase.Command(
                          receipt.accessCode().orElseThrow().display())))
          .is(failedWith(Failure.Unauthenticated.class));
      assertThat(audited(AuditAction.REPORT_HELD)).isEqualTo(1);
      assertThat(audited(AuditAction.REPORT_ERASED)).isZero();
    }

    @Test
    void a_retried_submission_of_the_held_report_is_told_it_was_erased_and_gets_no_code() {
      var command =
          AReport.anonymous()
              .account("Something happened at the bus stop.")
              .idempotencyKey("held-report-retry-key")
              .build();
      var receipt = fixture.submit(command);
      escalate(receipt);
      confide.eraseMyReport().erase(fixture.reporterSessionFor(receipt)).orElseThrow();

      assertThat(confide.submitReport().submit(command)).is(failedWith(Failure.Refused.class));

      assertThat(fixture.ports.reports().codeOf(receipt.reference())).isEmpty();
    }

    @Test
    void the_report_leaves_every_advisers_list_and_only_a_lead_can_open_it_marked() {
      var receipt = submitted();
      escalate(receipt);
      fixture.advance(Duration.ofHours(1));
      confide.eraseMyReport().erase(fixture.reporterSessionFor(receipt)).orElseThrow();

      assertThat(view(fixture.adviser, receipt)).is(failedWith(Failure.NotFound.class));
      assertThat(view(fixture.otherAdviser, receipt)).is(failedWith(Failure.NotFound.class));
      for (var adviser : new SessionToken[] {fixture.adviser, fixture.otherAdviser}) {
        for (var list : new View[] {View.QUEUE, View.UNREAD, View.OVERDUE, View.ESCALATED}) {
          assertThat(
                  confide
                      .listCases()
                      .list(adviser, ListCasesUseCase.Command.firstPage(list))
                      .orElseThrow()
                      .cases())
              .as("%s list", list)
              .isEmpty();
        }
      }
      var file = view(fixture.lead, receipt).orElseThrow();
      assertThat(file.erasureRequestedAt())
          .contains(Fixture.MONDAY_MORNING.plus(Duration.ofHours(1)));
      assertThat(file.account()).contains("Something happened at the bus stop.");
      assertThat(file.escalations()).hasSize(1);
      assertThat(
              confide
                  .listCases()
                  .list(fixture.lead, ListCasesUseCase.Command.firstPage(View.ESCALATED))
                  .orElseThrow()
                  .cases())
          .extracting(summary -> summary.reference())
          .containsExactly(receipt.reference());
    }

    @Test
    void nobody_can_reply_to_a_reporter_who_asked_to_be_forgotten() {
      var receipt = submitted();
      escalate(receipt);
      confide.eraseMyReport().erase(fixture.reporterSessionFor(receipt)).orElseThrow();

      assertThat(
              confide
                  .replyToReporter()
                  .reply(
                      fixture.lead,
                      new ReplyToReporterUseCase.Command(receipt.reference(), "Are you safe?")))
          .is(failedWith(Failure.Refused.class));
    }

    @Test
    void the_hold_outlasts_the_retention_of_closed_cases_while_the_escalation_is_undecided() {
      var receipt = submitted();
      escalate(receipt);
      confide.eraseMyReport().erase(fixture.reporterSessionFor(receipt)).orElseThrow();

      fixture.advance(Duration.ofDays(365 * 7));

      assertThat(confide.purgeClosedCases().purge()).isZero();
      assertThat(view(fixture.lead, receipt).isDone()).isTrue();
    }
  }

  @Nested
  class WhenTheLeadDecides {

    @Test
    void standing_down_erases_the_held_report_at_the_next_run_and_trend_counts_stay() {
      var receipt = submitted();
      var escalation = escalate(receipt);
      confide.eraseMyReport().erase(fixture.reporterSessionFor(receipt)).orElseThrow();
      var before = trendsThisMonth();

      decide(escalation, new Decision.StandDown("No longer a concern"));
      assertThat(view(fixture.lead, receipt).isDone()).isTrue();
      assertThat(confide.purgeClosedCases().purge()).isEqualTo(1);

      assertThat(view(fixture.lead, receipt)).is(failedWith(Failure.NotFound.class));
      assertThat(fixture.ports.escalations().of(receipt.reference())).isEmpty();
      assertThat(audited(AuditAction.REPORT_ERASED)).isEqualTo(1);
      assertThat(trendsThisMonth()).isEqualTo(before).isEqualTo(new Tally(Map.of(), 1));
    }

    @Test
    void referring_keeps_the_held_report_for_the_referral_retention_then_purges_it() {
      var receipt = submitted();
      var escalation = escalate(receipt);
      confide.eraseMyReport().erase(fixture.reporterSessionFor(receipt)).orElseThrow();
      decide(escalation, new Decision.Refer("Police", "Someone is in danger"));
      var referred = fixture.clock.instant();
      var zone = ZoneId.of("Europe/London");
      var sixYearsOn = referred.atZone(zone).plusYears(6).toInstant();

      fixture.setTime(sixYearsOn.minusSeconds(60));
      assertThat(confide.purgeClosedCases().purge()).isZero();
      assertThat(view(fixture.lead, receipt).isDone()).isTrue();

      fixture.setTime(sixYearsOn);
      assertThat(confide.purgeClosedCases().purge()).isEqualTo(1);
      assertThat(view(fixture.lead, receipt)).is(failedWith(Failure.NotFound.class));
      assertThat(audited(AuditAction.REPORT_PURGED)).isEqualTo(1);
      assertThat(trendsThisMonth()).isEqualTo(new Tally(Map.of(), 1));
    }
  }
}
