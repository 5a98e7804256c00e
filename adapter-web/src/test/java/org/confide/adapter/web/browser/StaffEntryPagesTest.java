package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.domain.report.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 in Chromium: an adviser enters a report for someone who told them, on one page that asks
 * the reporter's questions, without JavaScript, laid out on a 390-pixel phone and passing axe-core,
 * with its errors too; the case page and the case list then say how it reached them.
 */
@NeedsChromium
class StaffEntryPagesTest {

  private PagesServer server;
  private Browser b;

  @BeforeEach
  void start() {
    server = new PagesServer();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  private void signInAs(String email) {
    b.signInAs(server, email);
  }

  private void answerCalmly() {
    b.choose("answers.incident-type", "harassment");
    b.choose("answers.where", "on-campus");
    b.choose("answers.reporter-role", "student");
    b.choose("answers.affected-person", "me");
    b.choose("answers.under-18", "no");
    b.choose("answers.immediate-danger", "no");
  }

  @Test
  void an_adviser_enters_a_named_report_without_javascript_and_works_it() {
    b = Browser.withoutJavaScript();
    signInAs("adviser@example.ac.uk");
    b.open(server.url("/staff/cases"));
    b.press("a[href='/staff/reports/new']");
    assertThat(b.heading()).isEqualTo("Enter a report for someone who told you");

    b.choose("channel", "in-person");
    answerCalmly();
    b.type("account", "They told me after the seminar.");
    b.choose("anonymity", "named");
    b.type("contact.name", "Sam Reporter");
    b.type("contact.email", "sam@example.ac.uk");
    b.press("form[action='/staff/reports/new'] button[type='submit']");

    assertThat(b.find(".notice.success").getText())
        .contains("The report has been entered, and the case is yours.");
    var main = b.find("main").getText();
    assertThat(main)
        .contains("Entered by staff, in person, by Alex Adviser")
        .contains("No access code was issued")
        .contains("Sam Reporter")
        .contains("They told me after the seminar.")
        .doesNotContain("Reply to the reporter");
    var reports = server.fixture.ports.reports();
    var reference = b.heading().replace("Case ", "");
    assertThat(
            reports
                .find(org.confide.domain.shared.ReportReference.parse(reference))
                .orElseThrow()
                .staffEntry())
        .hasValueSatisfying(entry -> assertThat(entry.channel()).isEqualTo(Channel.IN_PERSON));
    b.open(server.url("/staff/cases?view=mine"));
    assertThat(b.find("main").getText()).contains("Entered by staff, in person");
  }

  @Test
  void an_entry_left_in_the_queue_is_announced_on_the_queue() {
    b = Browser.withoutJavaScript();
    signInAs("adviser@example.ac.uk");
    b.open(server.url("/staff/reports/new"));

    b.choose("channel", "phone");
    answerCalmly();
    b.choose("anonymity", "anonymous");
    b.choose("take", "queue");
    b.press("form[action='/staff/reports/new'] button[type='submit']");

    assertThat(b.find(".notice").getText())
        .contains("has been entered. It waits in its team's queue");
    assertThat(b.find("main").getText()).contains("Entered by staff, by phone");
  }

  @Test
  void the_form_and_its_errors_pass_axe_and_fit_a_phone() {
    b = Browser.withJavaScript();
    signInAs("lead@example.ac.uk");
    b.open(server.url("/staff/reports/new"));
    b.assertFitsAPhoneAndAccessible();

    b.choose("anonymity", "named");
    b.press("form[action='/staff/reports/new'] button[type='submit']");
    assertThat(b.errors()).contains("Choose how they told you");
    b.assertFitsAPhoneAndAccessible();

    b.choose("channel", "email");
    answerCalmly();
    b.press("form[action='/staff/reports/new'] button[type='submit']");
    assertThat(b.errors()).isNotEmpty();
    b.assertFitsAPhoneAndAccessible();
  }

  @Test
  void an_analyst_is_told_the_page_is_not_part_of_their_role() {
    b = Browser.withoutJavaScript();
    signInAs("analyst@example.ac.uk");
    b.open(server.url("/staff/reports/new"));

    assertThat(b.heading()).isEqualTo("Not part of your role");
  }

  @Test
  void the_staff_entry_form_sent_twice_enters_one_report() {
    b = Browser.withJavaScript();
    signInAs("adviser@example.ac.uk");
    b.open(server.url("/staff/reports/new"));
    b.choose("channel", "phone");
    answerCalmly();
    b.choose("anonymity", "anonymous");
    var reports = server.fixture.ports.reports().count();

    // The first press, sent as the browser sends the form, then the second.
    var first =
        ((org.openqa.selenium.JavascriptExecutor) b.driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const form = document.querySelector(\"form[action='/staff/reports/new']\");"
                    + "fetch(form.action, {method: 'POST', body: new URLSearchParams(new"
                    + " FormData(form)), redirect: 'manual'}).then(r => done(r.type + ' '"
                    + " + r.status), e => done(String(e)));");
    b.press("form[action='/staff/reports/new'] button[type='submit']");

    assertThat(String.valueOf(first)).isEqualTo("opaqueredirect 0");
    assertThat(b.heading()).startsWith("Case ");
    assertThat(server.fixture.ports.reports().count()).isEqualTo(reports + 1);
  }
}
