package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reporter's journey as a person in distress lives it (issue 20): the way in on a phone, titles
 * that leave nothing revealing in the browser's history, steps that say where the reporter is,
 * limits shown before they bite, dates as people remember them, and words never lost. With
 * JavaScript off and on, at 390 px where layout matters; every page and state passes axe-core.
 */
@NeedsChromium
class ForgivingJourneyTest extends ReporterBrowsers {

  /** Words no title of a reporter's page may hold: they would tell a history reader too much. */
  static final Pattern REVEALING =
      Pattern.compile(
          "(?i)report|tell|happen|harass|abuse|access code|anonym|contact|question|keeping|incident"
              + "|safe|danger|own words|erase");

  @Test
  void on_a_phone_the_first_screen_shows_the_two_ways_how_long_it_takes_and_the_way_in() {
    var b = withScript;
    // In each language: the Welsh words are longer, and must fit the first screen too.
    for (var address : List.of("/", "/?lang=cy")) {
      b.open(server.url(address));
      startButtonOnTheFirstScreen(b, address.equals("/") ? "/report" : "/report?lang=cy");
    }
    b.open(server.url("/"));
    // The number of steps is the form's own: the last step says the same.
    var steps = stepsOnTheHomePage(b);
    assertThat(b.find("main").getText()).contains("about 10 minutes, in " + steps + " short steps");
    walkToTheLastStep(noScript);
    assertThat(noScript.heading()).startsWith("Step " + steps + " of " + steps + ": ");
  }

  private static void startButtonOnTheFirstScreen(Browser b, String href) {
    b.atPhoneWidth(() -> {
      var start = b.find("a.button[href='" + href + "']");
      long bottom =
          ((Number)
                  ((org.openqa.selenium.JavascriptExecutor) b.driver)
                      .executeScript("return arguments[0].getBoundingClientRect().bottom;", start))
              .longValue();
      long screen =
          ((Number)
                  ((org.openqa.selenium.JavascriptExecutor) b.driver)
                      .executeScript("return window.innerHeight;"))
              .longValue();
      assertThat(bottom).as("the start button's bottom, in px").isLessThanOrEqualTo(screen);
      assertThat(b.find("#ways").getLocation().getY()).isLessThan(start.getLocation().getY());
      b.assertAccessible();
    });
  }

  @Test
  void no_title_of_a_reporters_page_says_anything_about_reporting_and_each_step_names_itself() {
    var b = noScript;
    var titles = new ArrayList<String>();
    b.open(server.url("/"));
    titles.add(b.driver.getTitle());
    b.open(server.url("/sign-in"));
    titles.add(b.driver.getTitle());
    b.press("form[action='/sign-in'] button");
    titles.add(b.driver.getTitle());
    var steps = stepsOnTheHomePage(b);
    b.open(server.url("/report"));
    var headings = new ArrayList<String>();
    for (int step = 1; step <= steps; step++) {
      titles.add(b.driver.getTitle());
      assertThat(b.driver.getTitle()).startsWith("Step " + step + " of " + steps + " \u2013 ");
      headings.add(b.heading());
      answerWhatThisStepNeeds(b);
      if (step < steps) {
        b.next();
      }
    }
    // Each step's heading names its number and what it is about, and no two are the same.
    assertThat(headings).doesNotHaveDuplicates().allMatch(h -> h.matches("Step \\d+ of \\d+: .+"));
    assertThat(headings.getFirst()).isEqualTo("Step 1 of " + steps + ": what happened");
    b.press("button[name='go'][value='send']");
    titles.add(b.driver.getTitle());
    b.press("form[action='/report/saved'] button[type='submit']");
    titles.add(b.driver.getTitle());
    assertThat(titles).hasSizeGreaterThan(steps).noneMatch(t -> REVEALING.matcher(t).find());
  }

  @Test
  void a_limit_is_shown_beside_its_box_and_text_over_it_is_kept_and_named_without_script() {
    overTheLimit(noScript);
  }

  @Test
  void text_over_a_limit_is_named_the_same_with_script_and_the_error_is_accessible() {
    overTheLimit(withScript);
    withScript.assertAccessible();
  }

  private static void overTheLimit(Browser b) {
    ReportWalk.calm().toStep(b, server, 2);
    var box = b.find("textarea[name='answers.location-detail']");
    assertThat(box.getAttribute("maxlength")).as("no silent cut").isNull();
    assertThat(b.text("#answers-location-detail-limit"))
        .isIn("Up to 500 characters.", "You have 500 characters left.");
    assertThat(box.getAttribute("aria-describedby")).contains("answers-location-detail-limit");
    var tooLong = "a".repeat(495) + " caf\u00e9!";
    b.type("answers.location-detail", tooLong);
    b.next();
    assertThat(b.errors())
        .containsExactly(
            "Your answer to \u201cCan you tell us more about where it happened?\u201d can be up to"
                + " 500 characters: it has 501");
    assertThat(b.find("textarea[name='answers.location-detail']").getAttribute("value"))
        .isEqualTo(tooLong);
  }

  @Test
  void with_script_a_box_counts_down_to_its_limit_and_says_when_it_is_over() {
    var b = withScript;
    ReportWalk.calm().toStep(b, server, 5);
    assertThat(b.text("#answers-named-person-limit")).isEqualTo("You have 200 characters left.");
    b.type("answers.named-person", "Dr J. Smith");
    assertThat(b.text("#answers-named-person-limit")).isEqualTo("You have 189 characters left.");
    var live = b.find("[data-counter-status='answers-named-person']");
    assertThat(live.getAttribute("aria-live")).isEqualTo("polite");
    // Far from the limit, a screen reader is not told the count while the person writes.
    sleep(1800);
    assertThat(live.getAttribute("textContent")).isEmpty();
    b.find("textarea[name='answers.named-person']").sendKeys("x".repeat(200));
    assertThat(b.text("#answers-named-person-limit")).isEqualTo("You have 11 characters too many.");
    sleep(1800);
    assertThat(live.getAttribute("textContent")).isEqualTo("You have 11 characters too many.");
    b.assertAccessible();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_receipt_on_screen_and_on_paper_says_which_address_to_come_back_to() {
    var b = withScript;
    walkToTheLastStep(b);
    b.press("button[name='go'][value='send']");
    assertThat(b.text(".address")).isEqualTo(server.url("/sign-in"));
    var cdp = (org.openqa.selenium.chrome.ChromeDriver) b.driver;
    cdp.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      assertThat(b.find(".address").isDisplayed()).isTrue();
      assertThat(b.find(".access-code").isDisplayed()).isTrue();
    } finally {
      cdp.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
    b.assertAccessible();
    b.find("label[for='saved']").click();
    b.press("form[action='/report/saved'] button[type='submit']");
    assertThat(b.text(".address")).isEqualTo(server.url("/sign-in"));
  }

  @Test
  void keeping_in_touch_asks_only_what_the_choice_needs_and_never_drops_details_silently() {
    for (var b : List.of(noScript, withScript)) {
      ReportWalk.calm().toKeepingInTouch(b, server, "named");
      // Only the named questions; none of the fields one of which is needed says "(optional)".
      assertThat(b.findAll("input[name='messaging']:not([type='hidden'])")).isEmpty();
      for (var label : List.of("contact-name", "contact-email", "contact-phone")) {
        assertThat(b.text("label[for='" + label + "']")).doesNotContain("optional");
      }
      b.type("contact.email", "sam@example.ac.uk");
      b.press("button[name='go'][value='back']");
      b.choose("anonymity", "anonymous");
      b.next();
      assertThat(b.findAll("input[name='contact.email']:not([type='hidden'])")).isEmpty();
      assertThat(b.text(".notice"))
          .contains("The contact details you typed before choosing this will not be sent");
      if (b == withScript) {
        b.assertAccessible();
      }
      b.choose("messaging", "no");
      b.next();
      assertThat(b.text("dl.answers")).contains("The contact details you typed will not be sent.");
      // Changing the choice back finds them as they were typed.
      b.press("button[name='go'][value='step-8']");
      b.choose("anonymity", "named");
      b.next();
      assertThat(b.find("[name='contact.email']:not([type='hidden'])").getAttribute("value"))
          .isEqualTo("sam@example.ac.uk");
    }
  }

  @Test
  void a_rough_date_is_a_month_and_year_in_boxes_and_each_mistake_is_named() {
    for (var b : List.of(noScript, withScript)) {
      ReportWalk.calm().toStep(b, server, 1);
      assertThat(b.findAll("input[type='date']")).as("no calendar widget").isEmpty();
      assertThat(b.text("label[for='answers-when']")).isEqualTo("Day (optional)");
      b.type("answers.when.month", "3");
      b.next();
      assertThat(b.errors())
          .containsExactly("Enter the month and the year: only the day can be left out");
      assertThat(b.find("[name='answers.when.month']").getAttribute("value")).isEqualTo("3");
      if (b == withScript) {
        b.assertAccessible();
      }
      b.type("answers.when.day", "31");
      b.type("answers.when.month", "2");
      b.type("answers.when.year", "2026");
      b.next();
      assertThat(b.errors()).containsExactly("Enter a day that is in that month, or leave it out");
      b.type("answers.when.day", "");
      b.type("answers.when.month", "12");
      b.next();
      assertThat(b.errors()).containsExactly("This date is in the future");
      b.type("answers.when.month", "10");
      b.next();
      assertThat(b.heading()).startsWith("Step 2 of ");
      // Back on the step, the boxes hold what was typed.
      b.press("button[name='go'][value='back']");
      assertThat(b.find("[name='answers.when.month']").getAttribute("value")).isEqualTo("10");
      assertThat(b.find("[name='answers.when.year']").getAttribute("value")).isEqualTo("2026");
    }
  }

  @Test
  void a_date_that_cannot_be_placed_closer_can_be_more_than_a_year_ago() {
    for (var b : List.of(noScript, withScript)) {
      ReportWalk.calm().toStep(b, server, 1);
      assertThat(b.find("main").getText())
          .contains("How often has it happened?")
          .doesNotContain("Has it happened more than once?");
      assertThat(b.text("label[for='answers-when-long-ago']")).isEqualTo("More than a year ago");
      b.find("label[for='answers-when-long-ago']").click();
      b.type("answers.when.year", "2024");
      b.next();
      assertThat(b.errors())
          .containsExactly(
              "Enter the date, or tick \u201cMore than a year ago\u201d, but not both");
      assertThat(b.find("#answers-when-long-ago").isSelected()).isTrue();
      if (b == withScript) {
        b.assertAccessible();
      }
      b.type("answers.when.year", "");
      b.next();
      assertThat(b.heading()).startsWith("Step 2 of ");
      while (b.findAll("button[name='go'][value='send']").isEmpty()) {
        answerWhatThisStepNeeds(b);
        b.next();
      }
      assertThat(b.text("dl.answers")).contains("More than a year ago");
      b.press("button[name='go'][value='send']");
      var code = b.code(".access-code");
      b.open(server.url("/sign-in"));
      b.type("code", code);
      b.press("form[action='/sign-in'] button");
      assertThat(b.text("dl.answers")).contains("More than a year before the report");
      b.press("form[action='/sign-out'] button");
    }
  }

  @Test
  void the_contact_boxes_say_their_limits_and_too_long_details_are_named_and_kept() {
    for (var b : List.of(noScript, withScript)) {
      ReportWalk.calm().toKeepingInTouch(b, server, "named");
      for (var box : List.of("contact-name", "contact-email", "contact-phone")) {
        assertThat(b.find("#" + box).getAttribute("maxlength")).as(box).isNull();
        assertThat(b.find("#" + box).getAttribute("aria-describedby")).contains(box + "-limit");
      }
      assertThat(b.text("#contact-name-limit"))
          .isIn("Up to 200 characters.", "You have 200 characters left.");
      assertThat(b.text("#contact-email-limit"))
          .isIn("Up to 254 characters.", "You have 254 characters left.");
      assertThat(b.text("#contact-phone-limit"))
          .isIn("Up to 40 characters.", "You have 40 characters left.");
      assertThat(b.text("#support-adviserPreference-limit"))
          .isIn("Up to 500 characters.", "You have 500 characters left.");
      var name = "S".repeat(201);
      b.type("contact.name", name);
      b.type("contact.phone", "0".repeat(41));
      if (b == withScript) {
        assertThat(b.text("#contact-phone-limit")).isEqualTo("You have 1 character too many.");
      }
      b.next();
      assertThat(b.errors())
          .containsExactly(
              "Your name can be up to 200 characters: it has 201",
              "Your phone number can be up to 40 characters: it has 41");
      assertThat(b.find("#contact-name").getAttribute("value")).isEqualTo(name);
      if (b == withScript) {
        b.assertAccessible();
      }
    }
  }

  @Test
  void a_message_sent_after_the_session_ended_comes_back_on_the_sign_in_page_to_copy() {
    for (var b : List.of(noScript, withScript)) {
      var receipt = server.fixture.submit(org.confide.testing.Fixture.anonymous("It goes on."));
      b.open(server.url("/sign-in"));
      b.type("code", receipt.accessCode().orElseThrow().display());
      b.press("form[action='/sign-in'] button");
      assertThat(b.text("#body-hint")).contains("signed out after 20 minutes");
      assertThat(b.findAll("[data-session-ends-in='1200']")).hasSize(1);
      b.type("body", "Please read this before Friday.");
      server.fixture.advance(java.time.Duration.ofMinutes(21));
      b.press("form[action='/my-report/messages'] button");
      assertThat(b.heading()).isEqualTo("Sign in with your access code");
      assertThat(b.find("textarea#unsent").getAttribute("value"))
          .isEqualTo("Please read this before Friday.");
      if (b == withScript) {
        b.assertAccessible();
      }
    }
  }

  @Test
  void an_account_sent_after_the_form_expired_comes_back_to_copy() {
    for (var b : List.of(noScript, withScript)) {
      ReportWalk.calm().toStep(b, server, 7);
      assertThat(b.text("#account-hint")).contains("expires");
      b.type("account", "It started in the library in October.");
      // A form left open longer than its visit: its token is gone.
      b.driver.manage().deleteCookieNamed("confide_form");
      b.next();
      assertThat(b.heading()).isEqualTo("This form has expired");
      assertThat(b.find("textarea#unsent").getAttribute("value"))
          .isEqualTo("It started in the library in October.");
      if (b == withScript) {
        b.assertAccessible();
      }
    }
  }

  /** How many steps the first page says the form has. */
  static int stepsOnTheHomePage(Browser b) {
    b.open(server.url("/"));
    var found = Pattern.compile("in (\\d+) short steps").matcher(b.find("main").getText());
    assertThat(found.find()).as("the number of steps on the first page").isTrue();
    return Integer.parseInt(found.group(1));
  }

  private static void walkToTheLastStep(Browser b) {
    b.open(server.url("/report"));
    while (b.findAll("button[name='go'][value='send']").isEmpty()) {
      answerWhatThisStepNeeds(b);
      b.next();
    }
  }

  /** Answers the required questions of the step shown, anonymously with a code. */
  static void answerWhatThisStepNeeds(Browser b) {
    for (var name :
        List.of(
            "answers.incident-type",
            "answers.where",
            "answers.reporter-role",
            "answers.affected-person",
            "answers.under-18",
            "answers.immediate-danger")) {
      var first = b.findAll("input[name='" + name + "']:not([type='hidden'])");
      if (!first.isEmpty()) {
        var value = name.equals("answers.under-18") || name.endsWith("danger") ? "no" : null;
        b.choose(name, value != null ? value : first.getFirst().getAttribute("value"));
      }
    }
    if (!b.findAll("input[name='anonymity']:not([type='hidden'])").isEmpty()) {
      b.choose("anonymity", "anonymous");
    }
    if (!b.findAll("input[name='messaging']:not([type='hidden'])").isEmpty()) {
      b.choose("messaging", "yes");
    }
  }
}
