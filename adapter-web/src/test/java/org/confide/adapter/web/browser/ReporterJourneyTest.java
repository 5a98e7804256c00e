package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A reporter's whole journey in a real browser: telling us what happened in short steps, keeping
 * the access code, coming back with it, reading the copy, writing to the adviser and reading the
 * reply. With JavaScript off (every page must work so) and on; every page in every state passes
 * axe-core.
 */
@NeedsChromium
class ReporterJourneyTest extends ReporterBrowsers {

  /** Each test's reports arrive a minute after the last, so the newest case is theirs. */
  @BeforeEach
  void aMinuteLater() {
    server.fixture.advance(Duration.ofMinutes(1));
  }

  @Test
  void an_anonymous_reporter_with_javascript_off_reports_keeps_in_touch_and_is_answered() {
    var code = anonymousJourney(noScript, false);
    assertThat(code).matches("[0-9A-Z]{16}");
  }

  @Test
  void the_same_journey_works_with_javascript_on_and_every_page_is_accessible() {
    anonymousJourney(withScript, true);
  }

  /** The whole anonymous journey; returns the access code as shown. */
  private String anonymousJourney(Browser browser, boolean checkAccessibility) {
    var b = browser;
    b.open(server.url("/"));
    assertThat(b.heading()).isEqualTo("Tell us what happened");
    assertThat(b.text(".emergency")).contains("This is not an emergency service").contains("999");
    accessible(b, checkAccessibility);
    b.press("a.button[href='/report']");

    // Step 1, sent empty: one error summary, linking to the field, and nothing lost.
    assertThat(b.heading()).isEqualTo("Step 1 of 10: what happened");
    accessible(b, checkAccessibility);
    b.next();
    assertThat(b.errors()).containsExactly("Answer the question \u201cWhat happened?\u201d");
    assertThat(b.driver.getTitle()).startsWith("Error: ");
    // The summary takes focus as the page loads, with script or without.
    assertThat(b.driver.switchTo().activeElement().getAttribute("class"))
        .isEqualTo("error-summary");
    accessible(b, checkAccessibility);
    b.find(".error-summary a").click();
    assertThat(b.driver.getCurrentUrl()).endsWith("#answers-incident-type");

    b.choose("answers.incident-type", "harassment");
    b.choose("answers.incident-type", "stalking");
    // A rough date: a month and year, no day, no calendar widget.
    assertThat(b.findAll("input[type='date']")).isEmpty();
    b.type("answers.when.month", "3");
    b.type("answers.when.year", "2026");
    b.choose("answers.how-often", "ongoing");
    b.next();

    // Step 2: an error on a required question keeps the optional answer typed beside it.
    assertThat(b.heading()).isEqualTo("Step 2 of 10: questions 4 to 6 of 16");
    b.type("answers.location-detail", "The library, second floor");
    b.next();
    assertThat(b.errors()).hasSize(2);
    assertThat(b.find("[name='answers.location-detail']").getAttribute("value"))
        .isEqualTo("The library, second floor");
    accessible(b, checkAccessibility);
    b.choose("answers.where", "on-campus");
    b.choose("answers.reporter-role", "student");
    b.next();

    // Back and forward again: the answers of step 2 are still there.
    b.press("button[name='go'][value='back']");
    assertThat(b.heading()).startsWith("Step 2 of 10: ");
    assertThat(b.find("input[name='answers.where'][value='on-campus']").isSelected()).isTrue();
    b.next();

    b.choose("answers.affected-person", "me");
    b.choose("answers.under-18", "no");
    b.choose("answers.immediate-danger", "no");
    b.next();
    b.next(); // step 4: all optional
    b.type("answers.named-person", "Dr J. Smith");
    b.next();
    b.next(); // step 6: optional
    assertThat(b.heading()).isEqualTo("Step 7 of 10: in your own words");
    b.type("account", "He follows me <b>home</b> after lectures.");
    b.next();

    // How you tell us: a choice must be made, a step of its own; the code is explained.
    assertThat(b.heading()).isEqualTo("Step 8 of 10: how you tell us");
    assertThat(b.find("main").getText()).contains("we cannot recover it");
    b.next();
    assertThat(b.errors())
        .containsExactly("Choose whether to tell us anonymously or with your details");
    accessible(b, checkAccessibility);
    b.choose("anonymity", "anonymous");
    b.next();
    // Keeping in touch asks only what the choice needs.
    assertThat(b.heading()).isEqualTo("Step 9 of 10: keeping in touch");
    assertThat(b.findAll("[name='contact.email']:not([type='hidden'])")).isEmpty();
    b.next();
    assertThat(b.errors()).containsExactly("Choose whether you would like an access code");
    accessible(b, checkAccessibility);
    b.choose("messaging", "yes");
    b.next();

    // The check before sending shows every answer in words, escaped.
    assertThat(b.heading()).isEqualTo("Step 10 of 10: check your report before you send it");
    var review = b.text("dl.answers");
    assertThat(review)
        .contains("Harassment")
        .contains("March 2026")
        .contains("The library, second floor")
        .contains("He follows me <b>home</b> after lectures.")
        .contains("Anonymously")
        .contains("With an access code to exchange messages");
    accessible(b, checkAccessibility);
    b.press("button[name='go'][value='send']");

    // The receipt: the code, large and grouped, and the reply date.
    assertThat(b.heading()).isEqualTo("Your report has been sent");
    var groups = b.findAll(".access-code .group").stream().map(e -> e.getText()).toList();
    assertThat(groups).hasSize(4).allMatch(g -> g.matches("[0-9A-Z]{4}"));
    var code = b.code(".access-code");
    // Screen readers announce what the code is: words in the paragraph itself, not a label
    // pointed at by aria-labelledby, which assistive technology ignores on a paragraph.
    assertThat(b.find(".access-code").getAttribute("aria-labelledby")).isNull();
    assertThat(b.find(".access-code").getAttribute("textContent"))
        .startsWith("Your access code is ");
    // On a phone, the code wraps between its groups, never inside one (layout needs no script;
    // the browser with script is the one that can be asked).
    if (checkAccessibility) {
      b.atPhoneWidth(() ->
          assertThat(b.findAll(".access-code .group"))
              .hasSize(4)
              .allSatisfy(group -> assertThat(b.lineBoxesOf(group)).isOne()));
    }
    assertThat(b.find("main").getText()).contains("reply by");
    var copy = b.find("button[data-copy-code]");
    assertThat(copy.isDisplayed()).isEqualTo(checkAccessibility);
    accessible(b, checkAccessibility);

    // "I have saved my code" is a step of its own.
    b.press("form[action='/report/saved'] button[type='submit']");
    assertThat(b.errors())
        .containsExactly("Tick the box once you have written down or saved your access code");
    assertThat(b.code(".access-code")).isEqualTo(code);
    accessible(b, checkAccessibility);
    b.find("label[for='saved']").click(); // a checkbox: no page change
    b.press("form[action='/report/saved'] button[type='submit']");
    assertThat(b.heading()).isEqualTo("What happens next");
    accessible(b, checkAccessibility);

    // Signing in: a wrong code is refused kindly; the right one, typed loosely, works.
    b.press("main a[href='/sign-in']");
    accessible(b, checkAccessibility);
    b.type("code", "0000-0000-0000-0000");
    b.press("form[action='/sign-in'] button");
    assertThat(b.errors().getFirst()).startsWith("That code did not open a report");
    accessible(b, checkAccessibility);
    b.type("code", loosely(code));
    b.press("form[action='/sign-in'] button");
    assertThat(b.heading()).isEqualTo("Your report");
    assertThat(b.text("dl.answers")).contains("He follows me <b>home</b> after lectures.");
    accessible(b, checkAccessibility);

    // A message to the adviser, an empty one refused, and the adviser's reply read.
    b.press("form[action='/my-report/messages'] button");
    assertThat(b.errors()).hasSize(1);
    accessible(b, checkAccessibility);
    b.type("body", "It happened again today.");
    b.press("form[action='/my-report/messages'] button");
    assertThat(b.text(".notice")).isEqualTo("Your message has been sent.");
    assertThat(b.text(".thread")).contains("It happened again today.");

    var reference = newestCase();
    var fixture = server.fixture;
    assertThat(
            fixture
                .confide
                .replyToReporter()
                .reply(
                    fixture.adviser,
                    new ReplyToReporterUseCase.Command(reference, "I am sorry. Can we talk?")))
        .isInstanceOf(Outcome.Done.class);
    b.driver.navigate().refresh();
    assertThat(b.text(".thread")).contains("Case adviser").contains("I am sorry. Can we talk?");
    // The case is still new (nobody took it), but the page tells what the reporter can see.
    assertThat(b.find("main").getText())
        .contains("An adviser has replied")
        .doesNotContain("waiting for an adviser");
    accessible(b, checkAccessibility);

    // Sharing contact details and erasing are offered; signing out ends the session.
    b.press("a[href='/my-report/contact']");
    assertThat(b.heading()).isEqualTo("Share your contact details");
    accessible(b, checkAccessibility);
    b.press("form[action='/my-report/contact'] button");
    assertThat(b.errors()).isNotEmpty();
    accessible(b, checkAccessibility);
    b.open(server.url("/my-report/erase"));
    assertThat(b.heading()).isEqualTo("Erase your report");
    accessible(b, checkAccessibility);
    b.press("main a[href='/my-report']");
    b.press("form[action='/sign-out'] button");
    assertThat(b.text(".notice")).isEqualTo("You have signed out.");
    b.open(server.url("/my-report"));
    assertThat(b.heading()).isEqualTo("Sign in with your access code");
    return code;
  }

  @Test
  void a_named_reporter_gets_no_code_and_is_told_an_adviser_will_contact_them() {
    var b = noScript;
    ReportWalk.calm().toKeepingInTouch(b, server, "named");
    b.type("contact.name", "Sam");
    b.type("contact.email", "not an email");
    b.next();
    assertThat(b.errors()).containsExactly("Enter an email address like name@example.ac.uk");
    assertThat(b.find("[name='contact.name']").getAttribute("value")).isEqualTo("Sam");
    b.type("contact.email", "sam@example.ac.uk");
    b.choose("support", "yes");
    b.next();
    assertThat(b.text("dl.answers"))
        .contains("With my contact details")
        .contains("Sam, sam@example.ac.uk");
    b.press("button[name='go'][value='send']");
    assertThat(b.heading()).isEqualTo("Your report has been sent");
    assertThat(b.findAll(".access-code")).isEmpty();
    assertThat(b.find("main").getText()).contains("An adviser will contact you");
  }

  @Test
  void a_reporter_in_danger_sees_the_emergency_contacts_first() {
    var b = noScript;
    ReportWalk.inDanger().toKeepingInTouch(b, server, "anonymous");
    b.choose("messaging", "no");
    b.next();
    b.press("button[name='go'][value='send']");
    var first = b.find("main > *:first-child");
    assertThat(first.getAttribute("class")).isEqualTo("emergency");
    assertThat(first.getText()).contains("999");
    // Each number can be tapped: a tel: link of its digits, its text as written.
    assertThat(b.findAll(".emergency a[href^='tel:']"))
        .isNotEmpty()
        .allSatisfy(link ->
            assertThat(link.getAttribute("href"))
                .isEqualTo("tel:" + link.getText().replaceAll("[^0-9+]", "")));
    assertThat(b.find("main").getText()).contains("You chose not to hear back");
  }

  @Test
  void a_reporter_erasing_an_escalated_report_is_told_first_that_the_lead_will_keep_some_of_it() {
    var fixture = server.fixture;
    var receipt = fixture.submit(Fixture.anonymous("Please forget me."));
    var b = noScript;
    signIn(b, receipt.accessCode().orElseThrow().display());
    b.open(server.url("/my-report/erase"));
    assertThat(b.findAll("#safeguarding-notice")).isEmpty();
    assertThat(b.find("main").getText()).contains("This deletes what you told us");

    fixture
        .confide
        .escalateCase()
        .escalate(fixture.adviser, new EscalateCaseUseCase.Command(receipt.reference(), "At risk"))
        .orElseThrow();
    b.open(server.url("/my-report/erase"));
    assertThat(b.text("#safeguarding-notice"))
        .contains("Some of what you wrote will be kept")
        .contains("Only the safeguarding lead will be able to see it");
    assertThat(b.find("main").getText()).doesNotContain("This deletes what you told us");
    withScript.driver.manage().deleteAllCookies();
    signIn(withScript, receipt.accessCode().orElseThrow().display());
    withScript.open(server.url("/my-report/erase"));
    withScript.assertAccessible();

    b.press("form[action='/my-report/erase'] button");
    assertThat(b.text(".notice"))
        .isEqualTo(
            "Your access to your report has ended. Because of a safeguarding concern, some of"
                + " what you wrote is kept, and only the safeguarding lead can see it.");
    b.open(server.url("/my-report"));
    assertThat(b.heading()).isEqualTo("Sign in with your access code");
    assertThat(
            fixture
                .confide
                .viewCase()
                .view(fixture.lead, new ViewCaseUseCase.Command(receipt.reference()))
                .orElseThrow()
                .erasureRequestedAt())
        .isPresent();
  }

  private static void signIn(Browser b, String code) {
    b.open(server.url("/sign-in"));
    b.type("code", code);
    b.press("form[action='/sign-in'] button");
    assertThat(b.heading()).isNotEqualTo("Sign in with your access code");
  }

  @Test
  void the_quick_exit_works_without_javascript_and_ends_the_session() {
    var b = noScript;
    b.open(server.url("/sign-in"));
    b.press("a.quick-exit");
    assertThat(b.driver.getCurrentUrl()).isEqualTo(server.elsewhere);
    assertThat(b.driver.manage().getCookieNamed("confide_reporter")).isNull();
  }

  @Test
  void with_javascript_three_presses_of_escape_leave_and_replace_the_page_in_history() {
    var b = withScript;
    b.open(server.url("/"));
    b.open(server.url("/report"));
    new Actions(b.driver).sendKeys(Keys.ESCAPE, Keys.ESCAPE, Keys.ESCAPE).perform();
    new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(5))
        .until(d -> d.getCurrentUrl().equals(server.elsewhere));
    b.driver.navigate().back();
    // The report form was replaced in the history: back goes to the page before it.
    assertThat(b.driver.getCurrentUrl()).isEqualTo(server.url("/"));
  }

  private static void accessible(Browser b, boolean check) {
    if (check) {
      b.assertAccessible();
    }
  }

  /** The code as someone might type it: lower case, in groups, with spaces around. */
  private static String loosely(String code) {
    return "  "
        + code.substring(0, 4).toLowerCase()
        + " "
        + code.substring(4, 8)
        + "-"
        + code.substring(8, 12).toLowerCase()
        + " "
        + code.substring(12)
        + " ";
  }

  private static ReportReference newestCase() {
    var fixture = server.fixture;
    List<ListCasesUseCase.CaseSummary> queue =
        fixture
            .confide
            .listCases()
            .list(fixture.adviser, ListCasesUseCase.Command.firstPage(ListCasesUseCase.View.QUEUE))
            .orElseThrow()
            .cases();
    // The browser tests store far fewer cases than a page holds.
    return queue.stream()
        .max(Comparator.comparing(ListCasesUseCase.CaseSummary::receivedAt))
        .orElseThrow()
        .reference();
  }
}
