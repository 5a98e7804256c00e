package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff's case page and the service dashboard in Welsh in a real browser: chosen with the
 * language link and kept by a form with JavaScript off, laid out on a phone and passing axe-core
 * (checked with JavaScript, as the other staff pages are).
 */
@NeedsChromium
class CaseWorkWelshPagesTest {

  static PagesServer server;
  static Browser b;
  static Browser noScript;
  static ReportReference reference;

  @BeforeAll
  static void start() {
    server = new PagesServer();
    b = Browser.withJavaScript();
    noScript = Browser.withoutJavaScript();
    var fixture = server.fixture;
    reference =
        fixture
            .submit(
                AReport.anonymous()
                    .messaging(true)
                    .account("Someone followed me home.")
                    .answer("immediate-danger", RawAnswer.of("yes"))
                    .build())
            .reference();
    fixture
        .confide
        .replyToReporter()
        .reply(fixture.lead, new ReplyToReporterUseCase.Command(reference, "We are here to help."))
        .orElseThrow();
    fixture.advance(Duration.ofMinutes(1));
  }

  @AfterAll
  static void stop() throws Exception {
    Browser.closeAll(b, noScript, server);
  }

  @AfterEach
  void signOut() {
    for (var browser : new Browser[] {b, noScript}) {
      if (!browser.findAll("button.site-signout").isEmpty()) {
        browser.press("button.site-signout");
      }
    }
  }

  @Test
  void a_lead_switches_the_case_page_to_welsh_and_a_note_keeps_it_welsh_with_javascript_off() {
    signIn(noScript, "lead@example.ac.uk");
    noScript.open(server.url("/staff/cases/" + reference.display()));
    assertThat(noScript.heading()).isEqualTo("Case " + reference.display());

    noScript.press("a.language-switch[lang='cy']");
    assertThat(noScript.heading()).isEqualTo("Achos " + reference.display());
    assertThat(noScript.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(noScript.text("main"))
        .contains("Negeseuon gyda'r sawl sy'n adrodd")
        .contains("We are here to help.")
        .contains("Diogelu");

    noScript.type("note", "Rang the hall warden.");
    noScript.press("form[action$='/note'] button");
    assertThat(noScript.heading()).isEqualTo("Achos " + reference.display());
    assertThat(noScript.text("[role='status']")).contains("Mae eich nodyn wedi'i ychwanegu.");
    assertThat(noScript.text(".internal")).contains("Rang the hall warden.");

    noScript.press("form[action$='/escalate'] button");
    assertThat(noScript.errors()).containsExactly("Ysgrifennwch y rheswm");
  }

  @Test
  void the_welsh_case_page_and_dashboard_fit_a_phone_and_pass_axe() {
    signIn(b, "lead@example.ac.uk");
    b.open(server.url("/staff/cases/" + reference.display() + "?lang=cy"));
    assertThat(b.heading()).isEqualTo("Achos " + reference.display());
    b.assertFitsAPhoneAndAccessible();

    b.open(server.url("/staff/dashboard?lang=cy"));
    assertThat(b.heading()).isEqualTo("Dangosfwrdd y gwasanaeth");
    assertThat(b.findAll("figure svg[role='img'] title")).hasSize(5);
    assertThat(b.find("figure svg[role='img'] title").getAttribute("textContent"))
        .startsWith("Adroddiadau a ddaeth i law fesul mis");
    b.assertFitsAPhoneAndAccessible();
  }

  private static void signIn(Browser browser, String email) {
    browser.open(server.url("/staff/sign-in"));
    browser.type("email", email);
    browser.type("password", Fixture.PASSWORD);
    browser.press("form[action='/staff/sign-in'] button");
  }
}
