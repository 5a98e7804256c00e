package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.CountCasesUseCase;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.in.SubmitReportUseCase.Command;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The scheduled jobs that notice missed deadlines: overdue marking and escalation reminders. */
class DeadlineJobsTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private java.util.List<AuditEvent> events(ReportReference reference, AuditAction action) {
    return fixture
        .ports
        .auditTrail()
        .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.of(reference), 1000)
        .stream()
        .filter(e -> e.action() == action)
        .toList();
  }

  /** A report submitted, assigned to the adviser and closed by them. */
  private SubmitReportUseCase.Receipt submittedAndClosed() {
    var receipt = fixture.submit(Fixture.anonymous("Sorted."));
    confide
        .assignCase()
        .assign(
            fixture.adviser,
            new AssignCaseUseCase.Command(
                receipt.reference(), EmailAddress.of("adviser@example.ac.uk")));
    confide
        .changeCaseStatus()
        .change(
            fixture.adviser,
            ChangeCaseStatusUseCase.Command.close(
                receipt.reference(), "resolved", "support-provided", java.util.List.of()));
    return receipt;
  }

  @Nested
  class OverdueMarking {

    @Test
    void a_case_is_marked_once_when_its_response_target_passes_and_not_before() {
      var receipt = fixture.submit(Fixture.anonymous("Waiting."));

      fixture.setTime(Instant.parse("2026-11-05T23:59:00Z"));
      assertThat(confide.markOverdueCases().mark()).isZero();

      fixture.setTime(Instant.parse("2026-11-06T00:00:00Z"));
      assertThat(confide.markOverdueCases().mark()).isEqualTo(1);
      assertThat(confide.markOverdueCases().mark()).isZero();

      var marked = events(receipt.reference(), AuditAction.RESPONSE_OVERDUE);
      assertThat(marked)
          .singleElement()
          .satisfies(e -> {
            assertThat(e.detail()).isEqualTo("due 2026-11-06T00:00:00Z");
            assertThat(e.detail()).doesNotContain("Waiting");
          });
    }

    @Test
    void every_overdue_case_is_marked_however_many_pages_of_them_there_are() {
      for (int i = 0; i < 1_234; i++) {
        fixture.submit(Fixture.anonymous("Waiting " + i));
      }

      fixture.setTime(Instant.parse("2026-11-06T00:00:00Z"));

      assertThat(confide.markOverdueCases().mark()).isEqualTo(1_234);
      assertThat(confide.markOverdueCases().mark()).isZero();
    }

    @Test
    void a_closed_case_is_never_marked() {
      var receipt = submittedAndClosed();

      fixture.setTime(Instant.parse("2026-11-20T09:00:00Z"));

      assertThat(confide.markOverdueCases().mark()).isZero();
      assertThat(events(receipt.reference(), AuditAction.RESPONSE_OVERDUE)).isEmpty();
    }
  }

  @Nested
  class CaseCounts {

    @Test
    void open_cases_are_counted_and_become_overdue_when_their_response_target_passes() {
      fixture.submit(Fixture.anonymous("Waiting."));
      submittedAndClosed();

      fixture.setTime(Instant.parse("2026-11-05T23:59:00Z"));
      assertThat(confide.countCases().count()).isEqualTo(new CountCasesUseCase.CaseCounts(1, 0));

      fixture.setTime(Instant.parse("2026-11-06T00:00:00Z"));
      assertThat(confide.countCases().count()).isEqualTo(new CountCasesUseCase.CaseCounts(1, 1));
    }
  }

  @Nested
  class EscalationReminders {

    private Command urgent() {
      return AReport.anonymous().account("Please help.").answer("immediate-danger", "yes").build();
    }

    @Test
    void a_raised_escalation_past_its_acknowledgement_time_is_reminded_once_and_the_lead_sees_it() {
      var receipt = fixture.submit(urgent());
      assertThat(confide.remindUnacknowledgedEscalations().remind()).isZero();

      fixture.setTime(Instant.parse("2026-11-04T09:00:00Z"));
      assertThat(confide.remindUnacknowledgedEscalations().remind()).isEqualTo(1);
      assertThat(confide.remindUnacknowledgedEscalations().remind()).isZero();

      assertThat(confide.listOpenEscalations().list(fixture.lead).orElseThrow())
          .singleElement()
          .satisfies(e -> {
            assertThat(e.acknowledgementOverdue()).isTrue();
            assertThat(e.reminderAt()).contains(Instant.parse("2026-11-04T09:00:00Z"));
          });
      assertThat(events(receipt.reference(), AuditAction.ESCALATION_REMINDER)).hasSize(1);
    }

    @Test
    void an_acknowledged_escalation_is_not_reminded() {
      fixture.submit(urgent());
      var escalation = confide.listOpenEscalations().list(fixture.lead).orElseThrow().getFirst();
      assertThat(
              confide
                  .decideEscalation()
                  .decide(
                      fixture.lead,
                      new DecideEscalationUseCase.Command(
                          escalation.id(),
                          new org.confide.application.port.in.DecideEscalationUseCase.Decision
                              .Acknowledge("Seen; calling the reporter's contact")))
                  .isDone())
          .isTrue();

      fixture.setTime(Instant.parse("2026-11-04T09:00:00Z"));

      assertThat(confide.remindUnacknowledgedEscalations().remind()).isZero();
      assertThat(confide.listOpenEscalations().list(fixture.lead).orElseThrow())
          .singleElement()
          .satisfies(e -> assertThat(e.reminderAt()).isEmpty());
    }

    @Test
    void erasing_a_case_removes_its_marks() {
      var receipt = fixture.submit(urgent());
      fixture.setTime(Instant.parse("2026-11-04T09:00:00Z"));
      confide.remindUnacknowledgedEscalations().remind();
      var session = fixture.reporterSessionFor(receipt);
      assertThat(fixture.ports.deadlineMarks().of(receipt.reference())).hasSize(1);

      assertThat(confide.eraseMyReport().erase(session).isDone()).isTrue();

      assertThat(fixture.ports.deadlineMarks().of(receipt.reference())).isEmpty();
    }
  }
}
