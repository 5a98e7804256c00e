package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.ResetTwoFactorUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.Test;

/** Which events write notifications to the outbox, for whom, and what they name. */
class NotificationEventsTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private List<String> outbox() {
    return Outbox.lines(fixture);
  }

  private void emptyTheOutbox() {
    Outbox.empty(fixture);
  }

  private void assign(ReportReference reference) {
    assertThat(
            confide
                .assignCase()
                .assign(
                    fixture.adviser,
                    new AssignCaseUseCase.Command(
                        reference, EmailAddress.of("adviser@example.ac.uk")))
                .isDone())
        .isTrue();
  }

  @Test
  void a_new_report_is_told_to_every_active_adviser_and_nobody_else() {
    var reference = fixture.submit(Fixture.anonymous("Something happened.")).reference();

    assertThat(outbox())
        .containsExactly(
            "NEW_REPORT adviser@example.ac.uk " + reference.value(),
            "NEW_REPORT other@example.ac.uk " + reference.value());
  }

  @Test
  void an_urgent_report_is_told_to_every_safeguarding_lead_at_once() {
    var reference =
        fixture
            .submit(AReport.anonymous().account("Help.").answer("immediate-danger", "yes").build())
            .reference();

    assertThat(outbox())
        .contains("URGENT_ESCALATION lead@example.ac.uk " + reference.value())
        .filteredOn(line -> line.startsWith("URGENT"))
        .hasSize(1);
  }

  @Test
  void a_reporters_message_is_told_to_the_advisers_while_unassigned_then_to_the_assignee() {
    var receipt = fixture.submit(Fixture.anonymous("Something happened."));
    var reporter = fixture.reporterSessionFor(receipt);
    var reference = receipt.reference().value();
    emptyTheOutbox();

    confide
        .sendReporterMessage()
        .send(reporter, new SendReporterMessageUseCase.Command("One more thing."));
    assertThat(outbox())
        .containsExactly(
            "REPORTER_MESSAGE adviser@example.ac.uk " + reference,
            "REPORTER_MESSAGE other@example.ac.uk " + reference);

    emptyTheOutbox();
    assign(receipt.reference());
    confide
        .sendReporterMessage()
        .send(reporter, new SendReporterMessageUseCase.Command("And another."));
    assertThat(outbox()).containsExactly("REPORTER_MESSAGE adviser@example.ac.uk " + reference);
  }

  @Test
  void a_case_due_tomorrow_then_overdue_is_told_to_its_assignee_once_each() {
    // Received on Monday 2 November: three working days, due by the end of Thursday 5 November.
    var receipt = fixture.submit(Fixture.anonymous("Waiting."));
    assign(receipt.reference());
    emptyTheOutbox();
    var reference = receipt.reference().value();

    fixture.setTime(Instant.parse("2026-11-03T12:00:00Z"));
    confide.markOverdueCases().mark();
    assertThat(outbox()).isEmpty();

    fixture.setTime(Instant.parse("2026-11-04T09:00:00Z"));
    confide.markOverdueCases().mark();
    confide.markOverdueCases().mark();
    assertThat(outbox())
        .containsExactly("CASE_DUE_TOMORROW adviser@example.ac.uk " + reference + " 2026-11-05");

    emptyTheOutbox();
    fixture.setTime(Instant.parse("2026-11-06T00:00:00Z"));
    assertThat(confide.markOverdueCases().mark()).isEqualTo(1);
    confide.markOverdueCases().mark();
    assertThat(outbox())
        .containsExactly("CASE_OVERDUE adviser@example.ac.uk " + reference + " 2026-11-05");
  }

  @Test
  void an_unacknowledged_escalation_is_told_to_the_leads_again_after_the_reminder_interval() {
    var reference =
        fixture
            .submit(AReport.anonymous().account("Help.").answer("immediate-danger", "yes").build())
            .reference();
    emptyTheOutbox();

    fixture.setTime(Instant.parse("2026-11-10T00:00:00Z"));
    confide.remindUnacknowledgedEscalations().remind();
    confide.remindUnacknowledgedEscalations().remind();

    assertThat(outbox())
        .containsExactly("ESCALATION_REMINDER lead@example.ac.uk " + reference.value());
  }

  @Test
  void setting_up_and_resetting_two_step_sign_in_are_told_to_the_member_alone() {
    TwoFactor.setUp(confide, fixture.lead, fixture.clock);
    assertThat(outbox()).containsExactly("RECOVERY_CODES_ISSUED lead@example.ac.uk");
    emptyTheOutbox();

    confide
        .resetTwoFactor()
        .reset(
            fixture.admin,
            new ResetTwoFactorUseCase.Command(EmailAddress.of("lead@example.ac.uk")));

    assertThat(outbox()).containsExactly("TWO_FACTOR_RESET lead@example.ac.uk");
  }

  @Test
  void a_refused_event_writes_no_notification() {
    var receipt = fixture.submit(Fixture.anonymous("Something happened."));
    var reporter = fixture.reporterSessionFor(receipt);
    emptyTheOutbox();

    var refused =
        confide.sendReporterMessage().send(reporter, new SendReporterMessageUseCase.Command(" "));

    assertThat(refused.isDone()).isFalse();
    assertThat(outbox()).isEmpty();
  }
}
