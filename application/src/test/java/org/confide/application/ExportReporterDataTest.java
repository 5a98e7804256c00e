package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.util.List;
import org.confide.application.port.in.ExcludeAdviserUseCase;
import org.confide.application.port.in.ExportReporterDataUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ReadNotesUseCase;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * A subject access export: everything held about a named reporter, found by the email address they
 * gave, for safeguarding leads and administrators only, audited.
 */
class ExportReporterDataTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private ReportReference named(String email, String account) {
    return fixture
        .submit(AReport.named().contact("Sam Reporter", email, "").account(account).build())
        .reference();
  }

  private ExportReporterDataUseCase.Command ask(String email) {
    return new ExportReporterDataUseCase.Command(email, "Request received 1 December by email");
  }

  private List<AuditEvent> audited(AuditAction action) {
    return fixture.auditEvents().stream().filter(event -> event.action() == action).toList();
  }

  @Test
  void every_report_that_gives_the_address_is_found_whatever_its_case_and_no_other() {
    var first = named("Sam@Example.ac.uk", "The first time.");
    var second = named("sam@example.ac.uk", "The second time.");
    named("someone@example.ac.uk", "Someone else's.");
    fixture.submit(Fixture.anonymous("sam@example.ac.uk wrote this anonymously."));

    var data =
        confide.exportReporterData().export(fixture.lead, ask(" SAM@example.ac.uk ")).orElseThrow();

    assertThat(data.reports())
        .extracting(report -> report.file().reference())
        .containsExactlyInAnyOrder(first, second);
    assertThat(data.reports())
        .extracting(report -> report.file().account().orElseThrow())
        .containsExactlyInAnyOrder("The first time.", "The second time.");
    assertThat(data.reports()).allSatisfy(report -> assertThat(report.file().notes()).isEmpty());
    assertThat(data.withheld()).isZero();
  }

  @Test
  void a_report_named_later_from_its_thread_is_found_by_the_address_shared() {
    var receipt = fixture.submit(Fixture.anonymous("I was followed home."));
    confide
        .shareContactDetails()
        .share(
            fixture.reporterSessionFor(receipt),
            new ShareContactDetailsUseCase.Command(
                new ContactInput("Kim", "kim@example.ac.uk", "")))
        .orElseThrow();

    var data = confide.exportReporterData().export(fixture.admin, ask("kim@example.ac.uk"));

    assertThat(data.orElseThrow().reports())
        .extracting(report -> report.file().reference())
        .containsExactly(receipt.reference());
  }

  @Test
  void an_address_no_report_gives_answers_an_export_of_nothing_held_and_is_audited() {
    named("sam@example.ac.uk", "Something.");

    var data =
        confide
            .exportReporterData()
            .export(fixture.admin, ask("nobody@example.ac.uk"))
            .orElseThrow();

    assertThat(data.reports()).isEmpty();
    assertThat(audited(AuditAction.SUBJECT_ACCESS_EXPORTED))
        .singleElement()
        .satisfies(event -> assertThat(event.detail()).isEqualTo("0 reports"));
  }

  @Test
  void the_export_is_audited_by_reference_without_the_address_and_the_reason_kept_as_notes() {
    var reference = named("sam@example.ac.uk", "Something.");

    confide.exportReporterData().export(fixture.lead, ask("sam@example.ac.uk")).orElseThrow();

    var event = audited(AuditAction.SUBJECT_ACCESS_EXPORTED).getFirst();
    assertThat(event.detail()).isEqualTo("1 report: " + reference.display()).doesNotContain("sam");
    assertThat(
            confide
                .readNotes()
                .read(fixture.lead, new ReadNotesUseCase.Command(reference))
                .orElseThrow())
        .anySatisfy(note ->
            assertThat(note.body())
                .isEqualTo(
                    "Included in a subject access export: Request received 1 December by email"));
  }

  @Test
  void a_report_the_exporter_is_excluded_from_is_withheld_and_counted() {
    var reference = named("sam@example.ac.uk", "Something.");
    fixture.staff(
        "lead2@example.ac.uk", "Lou Lead", org.confide.domain.staff.Role.SAFEGUARDING_LEAD);
    var otherLead = fixture.logIn("lead2@example.ac.uk");
    confide
        .excludeAdviser()
        .exclude(
            otherLead,
            new ExcludeAdviserUseCase.Command(reference, "lead@example.ac.uk", "Related"));

    var data =
        confide.exportReporterData().export(fixture.lead, ask("sam@example.ac.uk")).orElseThrow();

    assertThat(data.reports()).isEmpty();
    assertThat(data.withheld()).isEqualTo(1);
  }

  @Test
  void advisers_and_analysts_may_not_export_a_reporters_data() {
    named("sam@example.ac.uk", "Something.");

    assertThat(confide.exportReporterData().export(fixture.adviser, ask("sam@example.ac.uk")))
        .is(failedWith(Failure.Forbidden.class));
    assertThat(confide.exportReporterData().export(fixture.analyst, ask("sam@example.ac.uk")))
        .is(failedWith(Failure.Forbidden.class));
    assertThat(audited(AuditAction.SUBJECT_ACCESS_EXPORTED)).isEmpty();
  }

  @Test
  void an_address_that_is_not_one_and_a_missing_reason_are_both_named() {
    var outcome =
        confide
            .exportReporterData()
            .export(fixture.lead, new ExportReporterDataUseCase.Command("not an address", ""));

    assertThat(Failures.of(outcome, Failure.Invalid.class).problems())
        .extracting(problem -> problem.field())
        .containsExactly("email", "reason");
    assertThat(audited(AuditAction.SUBJECT_ACCESS_EXPORTED)).isEmpty();
  }
}
