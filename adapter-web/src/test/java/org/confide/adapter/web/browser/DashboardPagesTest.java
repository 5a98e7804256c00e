package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The service dashboard in a real browser, with JavaScript and without: server-drawn charts, each
 * an image with a title, beside tables of the same figures; small counts about reporters as words;
 * a bad range; the link in the staff navigation for leads and administrators only. Every page
 * passes axe-core (checked in the browser with JavaScript: the page is the same without it), and
 * the dashboard fits a 390-pixel phone.
 */
@NeedsChromium
class DashboardPagesTest {

  static PagesServer server;
  static Browser b;
  static Browser noScript;

  @BeforeAll
  static void start() {
    server = new PagesServer();
    b = Browser.withJavaScript();
    noScript = Browser.withoutJavaScript();
    var fixture = server.fixture;
    // Six reports answered the day they arrived, and two that wait.
    for (int i = 0; i < 6; i++) {
      var reference = fixture.submit(Fixture.anonymous("Something happened.")).reference();
      fixture
          .confide
          .replyToReporter()
          .reply(
              fixture.adviser,
              new ReplyToReporterUseCase.Command(reference, "We have read your report."))
          .orElseThrow();
    }
    fixture.submit(Fixture.anonymous("Something else happened."));
    fixture.submit(Fixture.anonymous("And something more."));
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
  void a_lead_reads_charts_and_tables_of_the_same_figures_from_the_staff_navigation() {
    signIn(b, "lead@example.ac.uk");
    b.press("a[href='/staff/dashboard']");

    assertThat(b.heading()).isEqualTo("Service dashboard");
    assertThat(b.findAll("figure svg[role='img'] title")).hasSize(5);
    assertThat(b.findAll("figure svg[role='img'] desc")).hasSize(5);
    var responses = b.text("table");
    assertThat(responses).contains("November 2026").contains("8").contains("100%");
    assertThat(b.text("main")).contains("Open cases: 8.");
    assertThat(b.findAll("a[href^='/staff/dashboard.csv?from=2025-12&to=2026-11']")).hasSize(1);
    b.assertFitsAPhoneAndAccessible();

    b.open(server.url("/staff/dashboard?from=2026-13&to=2026-11"));
    assertThat(b.errors()).isNotEmpty();
    b.assertAccessible();
    b.open(server.url("/staff/dashboard?from=2026-11&to=2026-10"));
    assertThat(b.text("main")).contains("Should be the same month as from, or later");
    b.assertAccessible();
  }

  @Test
  void without_javascript_an_administrator_chooses_a_range_and_reads_the_figures() {
    signIn(noScript, "admin@example.ac.uk");
    noScript.open(server.url("/staff/dashboard"));
    // A month field takes what is typed in the browser's own words; set as a month picker would.
    ((JavascriptExecutor) noScript.driver)
        .executeScript(
            "arguments[0].value = arguments[1];", noScript.find("input#from"), "2026-11");
    noScript.press("form[action='/staff/dashboard'] button");

    assertThat(noScript.text("table caption")).contains("November 2026 to November 2026");
    assertThat(noScript.findAll("figure svg[role='img']")).hasSize(5);
    assertThat(noScript.text("main")).contains("Open cases: 8.");
  }

  @Test
  void advisers_and_analysts_have_no_link_to_it_and_are_told_it_is_not_their_role() {
    for (var email : new String[] {"adviser@example.ac.uk", "analyst@example.ac.uk"}) {
      signIn(b, email);
      assertThat(b.findAll("a[href='/staff/dashboard']")).isEmpty();
      b.open(server.url("/staff/dashboard"));
      assertThat(b.heading()).isEqualTo("Not part of your role");
      b.assertAccessible();
      b.press("button.site-signout");
    }
  }

  private static void signIn(Browser browser, String email) {
    browser.open(server.url("/staff/sign-in"));
    browser.type("email", email);
    browser.type("password", Fixture.PASSWORD);
    browser.press("form[action='/staff/sign-in'] button");
  }
}
