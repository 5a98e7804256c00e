package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Instant;
import java.util.Optional;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.CaseSummary;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/** An adviser takes a case for themselves, as assigning it to their own address would. */
class TakeCaseTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;
  private final ReportReference reference =
      fixture.submit(Fixture.anonymous("Something happened.")).reference();

  private Outcome<Outcome.Ok, ?> take(SessionToken session) {
    return confide.takeCase().take(session, new TakeCaseUseCase.Command(reference));
  }

  private Optional<String> assignee() {
    return fixture
        .ports
        .reports()
        .find(reference)
        .orElseThrow()
        .assignee()
        .flatMap(id -> fixture.ports.staffDirectory().find(id))
        .map(member -> member.email().value());
  }

  private long assignments() {
    return fixture
        .ports
        .auditTrail()
        .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.of(reference), 100)
        .stream()
        .filter(event -> event.action() == AuditAction.ASSIGNED)
        .count();
  }

  @Test
  void a_case_taken_from_the_queue_becomes_the_advisers_own_and_leaves_the_queue() {
    assertThat(take(fixture.adviser)).isEqualTo(Outcome.ok());

    var queue =
        confide
            .listCases()
            .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.QUEUE))
            .orElseThrow();
    var mine =
        confide
            .listCases()
            .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.MINE))
            .orElseThrow();
    assertThat(queue.cases()).isEmpty();
    assertThat(mine.cases()).extracting(CaseSummary::reference).containsExactly(reference);
    assertThat(mine.cases().getFirst().status()).isEqualTo(ReportStatus.OPEN);
    assertThat(assignee()).contains("adviser@example.ac.uk");
    assertThat(assignments()).isEqualTo(1);
  }

  @Test
  void taking_ones_own_case_again_changes_nothing() {
    take(fixture.adviser).orElseThrow();

    assertThat(take(fixture.adviser)).isEqualTo(Outcome.ok());
    assertThat(assignee()).contains("adviser@example.ac.uk");
    assertThat(assignments()).isEqualTo(1);
  }

  @Test
  void an_adviser_cannot_take_another_advisers_case_which_they_may_not_even_see() {
    take(fixture.otherAdviser).orElseThrow();

    assertThat(take(fixture.adviser)).isEqualTo(Outcome.failed(new Failure.NotFound()));
    assertThat(assignee()).contains("other@example.ac.uk");
  }

  @Test
  void a_lead_may_take_an_escalated_case_from_the_adviser_who_has_it() {
    take(fixture.adviser).orElseThrow();
    confide
        .escalateCase()
        .escalate(fixture.adviser, new EscalateCaseUseCase.Command(reference, "Worried"))
        .orElseThrow();

    assertThat(take(fixture.lead)).isEqualTo(Outcome.ok());
    assertThat(assignee()).contains("lead@example.ac.uk");
  }

  @Test
  void a_closed_case_is_refused_until_it_is_reopened() {
    confide
        .assignCase()
        .assign(
            fixture.adviser,
            new AssignCaseUseCase.Command(reference, EmailAddress.of("adviser@example.ac.uk")))
        .orElseThrow();
    confide
        .changeCaseStatus()
        .change(
            fixture.adviser,
            ChangeCaseStatusUseCase.Command.close(
                reference, "Resolved", "support-provided", java.util.List.of()))
        .orElseThrow();

    var outcome = take(fixture.adviser);

    assertThat(Failures.of(outcome, Failure.Refused.class).reason())
        .isEqualTo("A closed case must be reopened before it is assigned");
  }

  @Test
  void only_those_who_work_cases_may_take_one() {
    assertThat(take(fixture.analyst)).isEqualTo(Outcome.failed(new Failure.Forbidden()));
    assertThat(take(fixture.admin)).isEqualTo(Outcome.failed(new Failure.Forbidden()));
    assertThat(take(SessionToken.generate(new java.util.Random(7))))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(assignee()).isEmpty();
  }
}
