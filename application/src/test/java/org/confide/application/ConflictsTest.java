package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.DeclareConflictUseCase;
import org.confide.application.port.in.ExcludeAdviserUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.CaseSummary;
import org.confide.application.port.in.ListCasesUseCase.PageRequest;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.ReadExclusionsUseCase;
import org.confide.application.port.in.ReadNotesUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Conflicts of interest: a safeguarding lead excludes an adviser from a case, or an adviser
 * declares a conflict; the excluded adviser cannot open the case, find it in a list, be given it or
 * be told about it.
 */
class ConflictsTest {

  private static final String ADVISER = "adviser@example.ac.uk";

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;
  private final SubmitReportUseCase.Receipt receipt =
      fixture.submit(Fixture.anonymous("Something happened."));
  private final ReportReference reference = receipt.reference();

  private void exclude(String adviser, String reason) {
    confide
        .excludeAdviser()
        .exclude(fixture.lead, new ExcludeAdviserUseCase.Command(reference, adviser, reason))
        .orElseThrow();
  }

  private List<ReportReference> list(SessionToken session, View view) {
    return confide
        .listCases()
        .list(session, new ListCasesUseCase.Command(view, PageRequest.first(), Optional.empty()))
        .orElseThrow()
        .cases()
        .stream()
        .map(CaseSummary::reference)
        .toList();
  }

  private List<AuditEvent> audited(AuditAction action) {
    return fixture.auditEvents().stream().filter(event -> event.action() == action).toList();
  }

  @Test
  void an_excluded_adviser_finds_the_case_nowhere_while_others_still_do() {
    exclude(ADVISER, "Their partner is named in the report");

    assertThat(confide.viewCase().view(fixture.adviser, new ViewCaseUseCase.Command(reference)))
        .is(failedWith(Failure.NotFound.class));
    assertThat(confide.takeCase().take(fixture.adviser, new TakeCaseUseCase.Command(reference)))
        .is(failedWith(Failure.NotFound.class));
    assertThat(list(fixture.adviser, View.QUEUE)).doesNotContain(reference);
    assertThat(list(fixture.adviser, View.OVERDUE)).doesNotContain(reference);
    assertThat(list(fixture.otherAdviser, View.QUEUE)).contains(reference);
    assertThat(
            confide
                .viewCase()
                .view(fixture.otherAdviser, new ViewCaseUseCase.Command(reference))
                .isDone())
        .isTrue();
  }

  @Test
  void an_excluded_adviser_cannot_be_given_the_case() {
    exclude(ADVISER, "A conflict");

    var outcome =
        confide
            .assignCase()
            .assign(
                fixture.lead, new AssignCaseUseCase.Command(reference, EmailAddress.of(ADVISER)));

    var problem = Failures.of(outcome, Failure.Invalid.class).problems().getFirst();
    assertThat(problem.field()).isEqualTo("assignee");
    assertThat(problem.message()).contains("excluded");
  }

  @Test
  void excluding_the_assignee_sends_the_case_back_to_the_queue_with_the_reason_noted() {
    confide.takeCase().take(fixture.adviser, new TakeCaseUseCase.Command(reference)).orElseThrow();

    exclude(ADVISER, "Their partner is named in the report");

    assertThat(list(fixture.otherAdviser, View.QUEUE)).contains(reference);
    assertThat(list(fixture.adviser, View.MINE)).isEmpty();
    assertThat(
            confide
                .readNotes()
                .read(fixture.lead, new ReadNotesUseCase.Command(reference))
                .orElseThrow())
        .anySatisfy(note ->
            assertThat(note.body())
                .isEqualTo(
                    "Excluded Alex Adviser (conflict of interest): Their partner is named in the"
                        + " report"));
    assertThat(audited(AuditAction.ADVISER_EXCLUDED))
        .singleElement()
        .satisfies(event -> assertThat(event.subject()).contains(reference));
  }

  @Test
  void an_adviser_who_declares_a_conflict_is_excluded_and_the_leads_see_it() {
    confide
        .declareConflict()
        .declare(
            fixture.adviser, new DeclareConflictUseCase.Command(reference, "I know the reporter"))
        .orElseThrow();

    assertThat(confide.viewCase().view(fixture.adviser, new ViewCaseUseCase.Command(reference)))
        .is(failedWith(Failure.NotFound.class));
    assertThat(
            confide
                .readExclusions()
                .read(fixture.lead, new ReadExclusionsUseCase.Command(reference))
                .orElseThrow())
        .singleElement()
        .satisfies(excluded -> {
          assertThat(excluded.adviser()).isEqualTo(ADVISER);
          assertThat(excluded.excludedBy()).isEqualTo(ADVISER);
          assertThat(excluded.declared()).isTrue();
        });
    assertThat(audited(AuditAction.CONFLICT_DECLARED)).hasSize(1);
  }

  @Test
  void an_excluded_adviser_is_not_told_about_the_case() {
    exclude(ADVISER, "A conflict");
    var before = Instant.parse("2100-01-01T00:00:00Z");
    fixture
        .ports
        .notifications()
        .due(before, 1000)
        .forEach(n -> fixture.ports.notifications().update(n.sent(fixture.clock.instant())));

    confide
        .sendReporterMessage()
        .send(
            fixture.reporterSessionFor(receipt),
            new SendReporterMessageUseCase.Command("One more thing."));

    assertThat(fixture.ports.notifications().due(before, 1000))
        .extracting(n -> n.recipient().value())
        .containsExactly("other@example.ac.uk");
  }

  @Test
  void an_exclusion_needs_a_known_adviser_and_a_reason() {
    var unknown =
        confide
            .excludeAdviser()
            .exclude(
                fixture.lead,
                new ExcludeAdviserUseCase.Command(reference, "nobody@example.ac.uk", "Why"));
    var analyst =
        confide
            .excludeAdviser()
            .exclude(
                fixture.lead,
                new ExcludeAdviserUseCase.Command(reference, "analyst@example.ac.uk", "Why"));
    var noReason =
        confide
            .declareConflict()
            .declare(fixture.adviser, new DeclareConflictUseCase.Command(reference, " "));

    assertThat(Failures.of(unknown, Failure.Invalid.class).problems().getFirst().field())
        .isEqualTo("adviser");
    assertThat(Failures.of(analyst, Failure.Invalid.class).problems().getFirst().field())
        .isEqualTo("adviser");
    assertThat(Failures.of(noReason, Failure.Invalid.class).problems().getFirst().field())
        .isEqualTo("reason");
    assertThat(
            confide
                .viewCase()
                .view(fixture.adviser, new ViewCaseUseCase.Command(reference))
                .isDone())
        .isTrue();
  }

  @Test
  void only_a_safeguarding_lead_excludes_an_adviser_or_reads_the_exclusions() {
    var byAdviser =
        confide
            .excludeAdviser()
            .exclude(
                fixture.otherAdviser, new ExcludeAdviserUseCase.Command(reference, ADVISER, "Why"));
    var read =
        confide
            .readExclusions()
            .read(fixture.otherAdviser, new ReadExclusionsUseCase.Command(reference));

    assertThat(byAdviser).is(failedWith(Failure.Forbidden.class));
    assertThat(read).is(failedWith(Failure.Forbidden.class));
  }
}
