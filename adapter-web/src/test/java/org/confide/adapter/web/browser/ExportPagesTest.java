package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.application.port.in.AddNoteUseCase;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exports in Chromium: a case file's printable page from the case page, and the subject access
 * page and its printable page, without JavaScript, laid out on a 390-pixel phone and passing
 * axe-core, errors included.
 */
@NeedsChromium
class ExportPagesTest {

  private static final String ACCOUNT = "He followed me from the library to the bus stop.";
  private static final String NOTE = "Security have the camera footage.";

  private PagesServer server;
  private Browser b;
  private String reference;

  @BeforeEach
  void start() {
    server = new PagesServer();
    var fixture = server.fixture;
    var receipt =
        fixture.submit(
            AReport.named()
                .contact("Sam Reporter", "sam@example.ac.uk", "")
                .account(ACCOUNT)
                .build());
    reference = receipt.reference().display();
    fixture
        .confide
        .addNote()
        .add(fixture.lead, new AddNoteUseCase.Command(ReportReference.parse(reference), NOTE))
        .orElseThrow();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  private void signInAs(String email) {
    b.open(server.url("/staff/sign-in"));
    b.type("email", email);
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
  }

  private String exportButton(String format) {
    return "form[action='/staff/cases/" + reference + "/export'] button[value='" + format + "']";
  }

  @Test
  void an_adviser_opens_the_printable_case_file_without_javascript_with_the_notes_asked_for() {
    b = Browser.withoutJavaScript();
    signInAs("adviser@example.ac.uk");
    b.open(server.url("/staff/cases/" + reference));

    b.type("export-reason", "Disciplinary panel on 3 December");
    b.choose("export-notes", "yes");
    b.press(exportButton("page"));

    assertThat(b.heading()).isEqualTo("Case file " + reference);
    assertThat(b.find("main").getText())
        .contains(ACCOUNT, NOTE, "Sam Reporter", "Disciplinary panel on 3 December");
    assertThat(b.findAll("nav")).isEmpty();
  }

  @Test
  void the_case_export_its_error_and_its_page_pass_axe_and_fit_a_phone() {
    b = Browser.withJavaScript();
    signInAs("adviser@example.ac.uk");
    b.open(server.url("/staff/cases/" + reference));
    b.assertFitsAPhoneAndAccessible();

    b.press(exportButton("page"));
    assertThat(b.errors()).containsExactly("The reason must not be blank");
    b.assertFitsAPhoneAndAccessible();

    b.type("export-reason", "Complaint panel");
    b.press(exportButton("page"));
    assertThat(b.find("main").getText()).contains(ACCOUNT).doesNotContain(NOTE);
    b.assertFitsAPhoneAndAccessible();
  }

  @Test
  void a_lead_answers_a_subject_access_request_on_its_page() {
    b = Browser.withJavaScript();
    signInAs("lead@example.ac.uk");
    b.press("a[href='/staff/subject-access']");
    assertThat(b.heading()).isEqualTo("Subject access");
    b.assertFitsAPhoneAndAccessible();

    b.type("email", "not an address");
    b.press("form[action='/staff/subject-access'] button[value='page']");
    assertThat(b.errors()).hasSize(2);
    b.assertFitsAPhoneAndAccessible();

    b.type("email", " SAM@example.ac.uk ");
    b.type("reason", "Email of 1 December");
    b.press("form[action='/staff/subject-access'] button[value='page']");
    assertThat(b.find("main").getText())
        .contains(ACCOUNT, "Sam Reporter", "Report " + reference)
        .doesNotContain(NOTE);
    b.assertFitsAPhoneAndAccessible();
  }

  @Test
  void an_adviser_is_told_subject_access_is_not_part_of_their_role() {
    b = Browser.withoutJavaScript();
    signInAs("adviser@example.ac.uk");
    assertThat(b.findAll("a[href='/staff/subject-access']")).isEmpty();

    b.open(server.url("/staff/subject-access"));

    assertThat(b.heading()).isEqualTo("Not part of your role");
  }
}
