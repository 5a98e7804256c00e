package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.application.port.in.ReadNotificationPreferencesUseCase;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase.EmailChoice;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.Language;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A member chooses how their emails reach them on the page "Your emails": with JavaScript off, as a
 * plain form; a lead sees that urgent escalations are no choice; the page, and its error state,
 * pass axe-core, also at phone width.
 */
@NeedsChromium
class NotificationChoicePagesTest {

  private PagesServer server;
  private Browser b;

  @BeforeEach
  void start() {
    server = new PagesServer();
    b = Browser.withoutJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  private void signIn(String email) {
    b.open(server.url("/staff/sign-in"));
    b.type("email", email);
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
  }

  private ReadNotificationPreferencesUseCase.Preferences saved(String email) {
    return server
        .fixture
        .confide
        .readNotificationPreferences()
        .read(server.fixture.logIn(email))
        .orElseThrow();
  }

  @Test
  void an_adviser_chooses_a_digest_and_no_email_without_javascript() {
    signIn("adviser@example.ac.uk");
    b.press("a[href='/staff/notifications']");
    assertThat(b.heading()).isEqualTo("Your emails");
    assertThat(b.find("input[name='new-report'][value='at-once']").isSelected()).isTrue();

    b.choose("new-report", "daily-digest");
    b.choose("case-due-tomorrow", "none");
    new Select(b.find("#digestHour")).selectByVisibleText("17:00");
    b.press("form[action='/staff/notifications'] button");

    assertThat(b.text(".notice")).isEqualTo("Your choices have been saved.");
    assertThat(b.find("input[name='new-report'][value='daily-digest']").isSelected()).isTrue();
    assertThat(b.find("input[name='case-due-tomorrow'][value='none']").isSelected()).isTrue();
    assertThat(new Select(b.find("#digestHour")).getFirstSelectedOption().getText())
        .isEqualTo("17:00");
    var saved = saved("adviser@example.ac.uk");
    assertThat(saved.digestHour()).isEqualTo(17);
    assertThat(saved.emails())
        .contains(new EmailChoice(NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST, true));
  }

  @Test
  void a_lead_is_told_urgent_escalations_always_come_at_once_and_the_page_passes_axe() {
    b.close();
    b = Browser.withJavaScript();
    signIn("lead@example.ac.uk");
    b.open(server.url("/staff/notifications"));

    assertThat(b.find("main").getText())
        .contains("An urgent escalation needs a safeguarding lead")
        .contains("An urgent escalation is always emailed at once to every safeguarding lead");
    assertThat(b.findAll("input[name='urgent-escalation']")).isEmpty();
    assertThat(b.findAll("input[name='escalation-reminder']")).hasSize(3);
    b.assertFitsAPhoneAndAccessible();

    // A request the page never makes, as a forged one would: refused, named beside its email.
    ((org.openqa.selenium.JavascriptExecutor) b.driver)
        .executeScript(
            "arguments[0].value = 'weekly';",
            b.find("input[name='escalation-reminder'][value='none']"));
    // Chosen by its label: its value is no longer one the page offers.
    b.find("label[for='escalation-reminder-none']").click();
    b.press("form[action='/staff/notifications'] button");
    assertThat(b.heading()).isEqualTo("Your emails");
    assertThat(b.errors()).containsExactly("Choose at once, the daily digest or no email");
    b.assertFitsAPhoneAndAccessible();
  }

  @Test
  void a_member_reads_the_page_in_welsh_and_chooses_welsh_emails_without_javascript() {
    signIn("adviser@example.ac.uk");
    b.open(server.url("/staff/notifications?lang=cy"));
    assertThat(b.heading()).isEqualTo("Eich e-byst");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.find("main").getText())
        .contains("Mae adroddiad newydd yn aros")
        .contains("Pob e-bost ar unwaith")
        .doesNotContain("Each email at once");
    assertThat(new Select(b.find("#language")).getFirstSelectedOption().getText())
        .isEqualTo("English");

    new Select(b.find("#language")).selectByVisibleText("Cymraeg");
    b.press("form[action='/staff/notifications'] button");

    // The form carried the page's language on: the page it leads to is Welsh too.
    assertThat(b.text(".notice")).isEqualTo("Mae eich dewisiadau wedi'u cadw.");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(new Select(b.find("#language")).getFirstSelectedOption().getText())
        .isEqualTo("Cymraeg");
    var saved = saved("adviser@example.ac.uk");
    assertThat(saved.language()).contains(Language.WELSH);
  }

  @Test
  void the_welsh_page_and_its_error_state_fit_a_phone_and_pass_axe() {
    b.close();
    b = Browser.withJavaScript();
    signIn("lead@example.ac.uk");
    b.open(server.url("/staff/notifications?lang=cy"));
    assertThat(b.heading()).isEqualTo("Eich e-byst");
    b.assertFitsAPhoneAndAccessible();

    ((org.openqa.selenium.JavascriptExecutor) b.driver)
        .executeScript("arguments[0].value = 'fr';", b.find("#language option[value='en']"));
    b.press("form[action='/staff/notifications'] button");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.errors()).containsExactly("Dewiswch un o'r ieithoedd a restrwyd");
    assertThat(b.text(".error-summary h2")).isEqualTo("Mae problem");
    b.assertFitsAPhoneAndAccessible();
  }
}
