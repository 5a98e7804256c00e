package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.util.List;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.ExcludeAdviserUseCase;
import org.confide.application.port.in.ExportCaseUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ReadNotesUseCase;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Exporting a case file for a formal process: whoever may open the case may export it, with a
 * reason kept as a note and an audit event without content; the notes only when asked for.
 */
class ExportCaseTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;
  private final SubmitReportUseCase.Receipt receipt =
      fixture.submit(Fixture.anonymous("He shouted at me in the lab."));
  private final ReportReference reference = receipt.reference();

  private ExportCaseUseCase.Command command(String reason, boolean notes) {
    return new ExportCaseUseCase.Command(reference, reason, notes);
  }

  private List<AuditEvent> audited(AuditAction action) {
    return fixture.auditEvents().stream().filter(event -> event.action() == action).toList();
  }

  private void workTheCase() {
    // An anonymous reporter with messaging who later tells us who they are: a thread and a contact.
    confide
        .shareContactDetails()
        .share(
            fixture.reporterSessionFor(receipt),
            new ShareContactDetailsUseCase.Command(
                new SubmitReportUseCase.ContactInput("Sam Reporter", "sam@example.ac.uk", "")))
        .orElseThrow();
    confide.takeCase().take(fixture.adviser, new TakeCaseUseCase.Command(reference)).orElseThrow();
    confide
        .replyToReporter()
        .reply(fixture.adviser, new ReplyToReporterUseCase.Command(reference, "We are here."))
        .orElseThrow();
    confide
        .addNote()
        .add(fixture.adviser, new AddNoteUseCase.Command(reference, "Spoke to the lab manager."))
        .orElseThrow();
    confide
        .changeCaseStatus()
        .change(
            fixture.adviser,
            ChangeCaseStatusUseCase.Command.close(
                reference,
                "Support given; she is content.",
                "support-provided",
                java.util.List.of()))
        .orElseThrow();
  }

  @Test
  void the_export_holds_the_account_the_contact_the_thread_and_the_closure() {
    workTheCase();

    var export = confide.exportCase().export(fixture.adviser, command("Disciplinary panel", false));

    var done = export.orElseThrow();
    assertThat(done.file().account()).contains("He shouted at me in the lab.");
    assertThat(done.file().contact())
        .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Sam Reporter"));
    assertThat(done.file().thread().messages()).extracting(m -> m.body()).contains("We are here.");
    assertThat(done.file().notes()).isEmpty();
    assertThat(done.notesIncluded()).isFalse();
    assertThat(done.closure())
        .hasValueSatisfying(closure -> {
          assertThat(closure.closedBy()).contains("Alex Adviser");
          assertThat(closure.reason()).contains("Support given; she is content.");
        });
    assertThat(done.exportedBy()).isEqualTo("Alex Adviser");
    assertThat(done.reason()).isEqualTo("Disciplinary panel");
  }

  @Test
  void the_notes_are_in_the_export_only_when_asked_for() {
    workTheCase();

    var export =
        confide
            .exportCase()
            .export(fixture.adviser, command("Complaint panel", true))
            .orElseThrow();

    assertThat(export.notesIncluded()).isTrue();
    assertThat(export.file().notes())
        .extracting(ViewCaseUseCase.Note::body)
        .contains("Spoke to the lab manager.");
  }

  @Test
  void every_export_is_audited_without_content_and_its_reason_kept_as_a_note() {
    confide.exportCase().export(fixture.lead, command("Referral to HR", true)).orElseThrow();

    assertThat(audited(AuditAction.CASE_EXPORTED))
        .singleElement()
        .satisfies(event -> {
          assertThat(event.subject()).contains(reference);
          assertThat(event.detail()).isEqualTo("with internal notes");
        });
    assertThat(
            confide
                .readNotes()
                .read(fixture.lead, new ReadNotesUseCase.Command(reference))
                .orElseThrow())
        .anySatisfy(note ->
            assertThat(note.body())
                .isEqualTo("Case file exported with the internal notes: Referral to HR"));
  }

  @Test
  void a_missing_reason_is_refused_and_nothing_is_kept_or_audited() {
    var outcome = confide.exportCase().export(fixture.adviser, command("  ", false));

    assertThat(Failures.of(outcome, Failure.Invalid.class).problems().getFirst().field())
        .isEqualTo("reason");
    assertThat(audited(AuditAction.CASE_EXPORTED)).isEmpty();
    assertThat(audited(AuditAction.NOTE_ADDED)).isEmpty();
  }

  @Test
  void a_case_the_member_may_not_open_answers_as_absent() {
    confide
        .takeCase()
        .take(fixture.otherAdviser, new TakeCaseUseCase.Command(reference))
        .orElseThrow();
    confide
        .excludeAdviser()
        .exclude(
            fixture.lead,
            new ExcludeAdviserUseCase.Command(reference, "other@example.ac.uk", "A conflict"));

    assertThat(confide.exportCase().export(fixture.otherAdviser, command("Panel", false)))
        .is(failedWith(Failure.NotFound.class));
    assertThat(confide.exportCase().export(fixture.analyst, command("Panel", false)))
        .is(failedWith(Failure.Forbidden.class));
    assertThat(confide.exportCase().export(fixture.admin, command("Panel", false)))
        .is(failedWith(Failure.Forbidden.class));
    assertThat(audited(AuditAction.CASE_EXPORTED)).isEmpty();
  }
}
