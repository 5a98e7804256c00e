package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.application.port.in.ReadExclusionsUseCase;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conflicts of interest on the case page, in Chromium: a lead excludes an adviser, an adviser
 * declares a conflict, without JavaScript, laid out on a 390-pixel phone and passing axe-core.
 */
@NeedsChromium
class ConflictPagesTest {

  private PagesServer server;
  private Browser b;
  private String reference;

  @BeforeEach
  void start() {
    server = new PagesServer();
    reference =
        server.fixture.submit(Fixture.anonymous("Something happened.")).reference().display();
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

  /** The page is no wider than the window, and passes axe there too. */
  private void fitsThePhoneAndPassesAxe() {
    b.assertFitsAPhoneAndAccessible();
  }

  @Test
  void an_adviser_declares_a_conflict_without_javascript_and_the_case_leaves_them() {
    b = Browser.withoutJavaScript();
    signInAs("adviser@example.ac.uk");
    b.open(server.url("/staff/cases/" + reference));

    b.type("conflict", "I know the person named");
    b.press("form[action='/staff/cases/" + reference + "/conflict'] button");

    assertThat(b.find(".notice").getText()).contains("You declared a conflict of interest");
    assertThat(b.find("main").getText()).doesNotContain(reference);
    b.open(server.url("/staff/cases/" + reference));
    assertThat(b.find("main").getText()).doesNotContain("Something happened.");
  }

  @Test
  void a_lead_excludes_an_adviser_and_sees_who_is_excluded() {
    b = Browser.withoutJavaScript();
    signInAs("lead@example.ac.uk");
    b.open(server.url("/staff/cases/" + reference));
    assertThat(b.find("main").getText()).contains("No adviser is excluded from this case.");

    b.type("exclude-adviser", "adviser@example.ac.uk");
    b.type("exclude-reason", "Their partner is named");
    b.press("form[action='/staff/cases/" + reference + "/exclude'] button");

    assertThat(b.find(".notice").getText()).contains("The adviser is excluded from this case");
    assertThat(b.find("main").getText())
        .contains("Alex Adviser (adviser@example.ac.uk), excluded by lead@example.ac.uk");
    assertThat(
            server
                .fixture
                .confide
                .readExclusions()
                .read(
                    server.fixture.lead,
                    new ReadExclusionsUseCase.Command(
                        org.confide.domain.shared.ReportReference.parse(reference)))
                .orElseThrow())
        .hasSize(1);
  }

  @Test
  void the_forms_and_their_errors_pass_axe_and_fit_a_phone() {
    b = Browser.withJavaScript();
    signInAs("lead@example.ac.uk");
    b.open(server.url("/staff/cases/" + reference));
    fitsThePhoneAndPassesAxe();

    b.type("exclude-adviser", "nobody@example.ac.uk");
    b.press("form[action='/staff/cases/" + reference + "/exclude'] button");
    assertThat(b.errors()).containsExactly("Choose an adviser by their email address or staff id");
    fitsThePhoneAndPassesAxe();

    b.press("form[action='/staff/cases/" + reference + "/conflict'] button");
    assertThat(b.errors()).hasSize(1);
    fitsThePhoneAndPassesAxe();
  }
}
