package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.time.Instant;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.DecideEscalationUseCase.Decision;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SubmitReportUseCase.Command;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.AReport;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/** Safeguarding, from the answers that raise a concern to a lead's referral. */
class SafeguardingJourneyTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private static Command withAnswer(String question, String option) {
    return AReport.anonymous().account("Please help.").answer(question, option).build();
  }

  @Test
  void a_report_about_someone_under18_is_escalated_at_once_and_referred_by_a_lead() {
    var receipt = fixture.submit(withAnswer("under-18", "yes"));

    var open = confide.listOpenEscalations().list(fixture.lead).orElseThrow();
    assertThat(open)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.reference()).isEqualTo(receipt.reference());
          assertThat(e.status()).isEqualTo(EscalationStatus.RAISED);
          // Raised Monday 10:00; one working day to acknowledge: end of Tuesday.
          assertThat(e.acknowledgementDueBy()).isEqualTo(Instant.parse("2026-11-04T00:00:00Z"));
          assertThat(e.acknowledgementOverdue()).isFalse();
        });
    var escalation = open.getFirst().id();
    var escalated =
        confide
            .listCases()
            .list(fixture.lead, ListCasesUseCase.Command.firstPage(View.ESCALATED))
            .orElseThrow()
            .cases();
    assertThat(escalated)
        .singleElement()
        .satisfies(c -> assertThat(c.risk()).isEqualTo(RiskLevel.URGENT));

    // An adviser cannot decide; a lead must give a rationale.
    assertThat(
            confide
                .decideEscalation()
                .decide(
                    fixture.adviser,
                    new DecideEscalationUseCase.Command(
                        escalation, new Decision.Acknowledge("Seen"))))
        .is(failedWith(Failure.Forbidden.class));
    assertThat(
            Failures.fields(
                confide
                    .decideEscalation()
                    .decide(
                        fixture.lead,
                        new DecideEscalationUseCase.Command(
                            escalation, new Decision.Acknowledge("  ")))))
        .containsExactly("rationale");

    assertThat(
            confide
                .decideEscalation()
                .decide(
                    fixture.lead,
                    new DecideEscalationUseCase.Command(
                        escalation, new Decision.Acknowledge("Reading it now"))))
        .isEqualTo(Outcome.ok());
    assertThat(
            confide
                .decideEscalation()
                .decide(
                    fixture.lead,
                    new DecideEscalationUseCase.Command(
                        escalation,
                        new Decision.Refer(
                            "Local authority children's services", "A child may be at risk"))))
        .isEqualTo(Outcome.ok());

    // A decided escalation cannot be decided again, and leaves the open list.
    assertThat(
            confide
                .decideEscalation()
                .decide(
                    fixture.lead,
                    new DecideEscalationUseCase.Command(
                        escalation, new Decision.StandDown("Changed my mind"))))
        .is(failedWith(Failure.Refused.class));
    assertThat(confide.listOpenEscalations().list(fixture.lead).orElseThrow()).isEmpty();

    var caseFile =
        confide
            .viewCase()
            .view(fixture.lead, new ViewCaseUseCase.Command(receipt.reference()))
            .orElseThrow();
    assertThat(caseFile.escalations())
        .singleElement()
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(EscalationStatus.REFERRED);
          assertThat(e.steps())
              .hasSize(3)
              .last()
              .asString()
              .contains("Local authority children's services", "Lee Lead");
        });
  }

  @Test
  void immediate_danger_shows_emergency_contacts_at_submission() {
    var receipt = fixture.submit(withAnswer("immediate-danger", "yes"));

    assertThat(receipt.emergencyContacts())
        .hasValueSatisfying(contacts ->
            assertThat(contacts).anySatisfy(c -> assertThat(c.phone()).contains("999")));
  }

  @Test
  void an_acknowledgement_not_made_in_time_is_shown_overdue() {
    fixture.submit(withAnswer("immediate-danger", "yes"));

    fixture.advance(Duration.ofDays(2));

    assertThat(confide.listOpenEscalations().list(fixture.lead).orElseThrow())
        .singleElement()
        .satisfies(e -> assertThat(e.acknowledgementOverdue()).isTrue());
  }

  @Test
  void an_adviser_may_raise_an_escalation_by_hand() {
    var receipt = fixture.submit(Fixture.anonymous("They said they have a knife."));
    confide
        .assignCase()
        .assign(
            fixture.adviser,
            new AssignCaseUseCase.Command(
                receipt.reference(), EmailAddress.of("adviser@example.ac.uk")));

    var raised =
        confide
            .escalateCase()
            .escalate(
                fixture.adviser,
                new EscalateCaseUseCase.Command(
                    receipt.reference(), "Mentions a weapon; needs a lead"));

    assertThat(raised.isDone()).isTrue();
    // The lead may now read a case assigned to someone else, because it is escalated.
    var caseFile =
        confide
            .viewCase()
            .view(fixture.lead, new ViewCaseUseCase.Command(receipt.reference()))
            .orElseThrow();
    assertThat(caseFile.escalations()).hasSize(1);
    assertThat(caseFile.risk()).isGreaterThanOrEqualTo(RiskLevel.CONCERN);
  }
}
