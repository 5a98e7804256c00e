package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.domain.shared.Language;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An administrator edits a copy of the current questionnaire without writing JSON, previews it as
 * reporters see it and makes it current; a version that drops a safeguarding signal waits for a
 * safeguarding lead. Every page and error state passes axe-core and fits a phone's width.
 */
@NeedsChromium
class QuestionnairePagesTest {

  private PagesServer server;
  private Browser b;

  @BeforeEach
  void start() {
    server = new PagesServer();
    b = Browser.withJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  private void signIn(String email) {
    b.driver.manage().deleteAllCookies();
    b.open(server.url("/staff/sign-in"));
    b.type("email", email);
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
  }

  /** Accessible, and as wide as a phone at most when the window is. */
  private void checked() {
    b.assertAccessible();
    b.atPhoneWidth(() ->
        assertThat(
                (Long)
                    ((JavascriptExecutor) b.driver)
                        .executeScript("return document.documentElement.scrollWidth;"))
            .as(b.driver.getCurrentUrl())
            .isLessThanOrEqualTo(390L));
  }

  private void saveQuestion() {
    b.press("button[name='action'][value='save']");
  }

  @Test
  void an_administrator_edits_previews_and_makes_a_new_version_current() {
    signIn("admin@example.ac.uk");
    b.open(server.url("/staff/admin/questionnaire"));
    assertThat(b.heading()).isEqualTo("Questionnaire");
    assertThat(b.find(".set-up").getText()).contains("To do: Questionnaire");
    assertThat(b.find("main").getText()).contains("A copy of version 2, not yet changed.");
    checked();

    b.open(server.url("/staff/admin/questionnaire/questions/99"));
    assertThat(b.heading()).isEqualTo("Not found");
    b.assertAccessible();
    b.open(server.url("/staff/admin/questionnaire"));
    b.press("a[href='/staff/admin/questionnaire/questions/3']");
    assertThat(b.heading()).isEqualTo("Question 4 of 16");
    checked();
    b.type("text", "");
    b.type("option-1", "");
    saveQuestion();
    assertThat(b.errors()).hasSize(2);
    checked();

    b.type("text", "Where were you?");
    b.type("option-1", "Off campus, or somewhere else");
    b.type("option-new", "On a placement");
    b.type("option-new-cy", "Ar leoliad");
    b.press("button[name='action'][value='add']");
    assertThat(b.text(".notice")).isEqualTo("The change is kept in your draft.");
    assertThat(b.find("#option-4").getAttribute("value")).isEqualTo("On a placement");
    b.press("button[name='action'][value='up-4']");
    b.press("button[name='action'][value='remove-4']");
    assertThat(b.find("#option-3").getAttribute("value")).isEqualTo("On a placement");
    saveQuestion();
    assertThat(b.text(".notice")).startsWith("The change is kept in your draft.");
    assertThat(b.find("main").getText())
        .contains("Where were you?")
        .contains(
            "Off campus, or somewhere else · Online, including social media, email and"
                + " messages · On a placement");
    checked();

    b.press("a[href='/staff/admin/questionnaire/preview']");
    assertThat(b.heading()).isEqualTo("Preview of the draft questionnaire");
    assertThat(b.find("main").getText()).contains("Where were you?").contains("On a placement");
    assertThat(b.find("label[for='answers-where-3']").getText()).isEqualTo("On a placement");
    checked();

    b.open(server.url("/staff/admin/questionnaire"));
    b.press("form[action='/staff/admin/questionnaire/publish'] button");
    assertThat(b.text(".notice"))
        .isEqualTo("The new version is current: reporters answer it from now on.");
    assertThat(b.find(".set-up").getText()).contains("Done: Questionnaire");
    checked();
    b.press("form[action='/staff/admin/questionnaire/publish'] button");
    assertThat(b.errors()).containsExactly("Change a question before making a new version");
    checked();

    b.open(server.url("/report"));
    b.choose("answers.incident-type", "harassment");
    b.next();
    assertThat(b.find("main").getText()).contains("Where were you?").contains("On a placement");
  }

  @Test
  void a_version_that_drops_a_safeguarding_signal_waits_for_a_lead() {
    signIn("admin@example.ac.uk");
    b.open(server.url("/staff/admin/questionnaire/questions/7"));
    assertThat(b.find("#option-0-hint").getText()).contains("under 18");
    b.press("button[name='action'][value='remove-0']");
    saveQuestion();
    assertThat(b.find(".notice[role='note']").getText())
        .contains("Is the person it happened to under 18?");
    checked();
    b.press("form[action='/staff/admin/questionnaire/publish'] button");
    assertThat(b.text(".notice")).contains("a safeguarding lead must confirm it");
    assertThat(b.find("main").getText())
        .contains("Version 3")
        .contains("waiting for a safeguarding lead to confirm it");
    assertThat(
            b.findAll(
                "form[action='/staff/admin/questionnaire/current'] input[name='version'][value='3']"))
        .isEmpty();
    checked();

    signIn("lead@example.ac.uk");
    b.open(server.url("/staff/questionnaire-changes"));
    assertThat(b.heading()).isEqualTo("Questionnaire changes");
    assertThat(b.find("main").getText()).contains("the person affected is under 18");
    checked();
    b.press("form[action='/staff/questionnaire-changes/3/confirm'] button");
    assertThat(b.text(".notice")).startsWith("Confirmed.");
    assertThat(b.find("main").getText()).contains("Nothing is waiting for you.");
    checked();

    signIn("admin@example.ac.uk");
    b.open(server.url("/staff/admin/questionnaire"));
    b.press("form[action='/staff/admin/questionnaire/current']:has(input[value='3']) button");
    assertThat(b.text(".notice"))
        .isEqualTo("The new version is current: reporters answer it from now on.");
    assertThat(server.fixture.confide.readQuestionnaire().current().version().value()).isEqualTo(3);
  }

  @Test
  void the_pages_work_with_javascript_off() throws Exception {
    b.close();
    b = Browser.withoutJavaScript();
    signIn("admin@example.ac.uk");
    b.open(server.url("/staff/admin/questionnaire/questions/0"));
    b.type("hint", "Choose all that fit.");
    b.press("button[name='action'][value='down-0']");
    saveQuestion();
    b.press("form[action='/staff/admin/questionnaire/publish'] button");
    assertThat(b.text(".notice"))
        .isEqualTo("The new version is current: reporters answer it from now on.");
    var first = server.fixture.confide.readQuestionnaire().current().questions().getFirst();
    // The English hint changed; the Welsh one, kept from the shipped texts, stands beside it.
    assertThat(first.hint().orElseThrow().in(Language.ENGLISH)).isEqualTo("Choose all that fit.");
    assertThat(first.hint().orElseThrow().in(Language.WELSH)).startsWith("Dewiswch gymaint");
    assertThat(first.options().get(0).id().value()).isEqualTo("bullying");
  }
}
