package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Switching language half way through, in a real browser (issue 24): on every reporter page that
 * holds a form the switch is a button of that form, so what was typed goes with it and comes back
 * in the other language, and nothing is sent, checked or counted by the switch. Enter in a box
 * still takes the form's own next step. With JavaScript off and on; with it on, every page fits a
 * phone and passes axe.
 */
@NeedsChromium
class LanguageSwitchJourneyTest extends ReporterBrowsers {

  /** Each test's report arrives a minute after the last. */
  @BeforeEach
  void aMinuteLater() {
    server.fixture.advance(Duration.ofMinutes(1));
  }

  @Test
  void what_was_typed_survives_every_switch_with_javascript_off() {
    journey(noScript, false);
  }

  @Test
  void what_was_typed_survives_every_switch_with_javascript_on_on_a_phone_and_under_axe() {
    journey(withScript, true);
  }

  private void journey(Browser b, boolean script) {
    b.open(server.url("/report"));
    page(b, "Step 1 of 10: what happened", "en", script);
    b.choose("answers.incident-type", "bullying");
    b.type("answers.when.month", "3");
    b.type("answers.when.year", "2025");
    // Enter in a box goes on, as the form's own button does: the switch before it never takes it.
    b.enterIn("answers.when.year");
    page(b, "Step 2 of 10: questions 4 to 6 of 16", "en", script);

    b.choose("answers.where", "online");
    switchTo(b, "cy");
    page(b, "Cam 2 o 10: cwestiynau 4 i 6 o 16", "cy", script);
    assertThat(b.find("input[name='answers.where'][value='online']").isSelected()).isTrue();
    assertThat(b.errors()).isEmpty();
    b.press("button[name='go'][value='back']");
    page(b, "Cam 1 o 10: beth ddigwyddodd", "cy", script);
    assertThat(b.find("input[name='answers.incident-type'][value='bullying']").isSelected())
        .isTrue();
    assertThat(b.find("input[name='answers.when.month']").getAttribute("value")).isEqualTo("3");
    assertThat(b.find("input[name='answers.when.year']").getAttribute("value")).isEqualTo("2025");
    b.next();
    b.choose("answers.reporter-role", "student");
    b.next();
    b.choose("answers.affected-person", "me");
    b.choose("answers.under-18", "no");
    b.choose("answers.immediate-danger", "no");
    b.next();
    b.next();
    b.next();
    b.next();
    page(b, "Cam 7 o 10: yn eich geiriau eich hun", "cy", script);
    b.type("account", "It happened in the library.");

    switchTo(b, "en");
    page(b, "Step 7 of 10: in your own words", "en", script);
    assertThat(b.find("textarea[name='account']").getAttribute("value"))
        .isEqualTo("It happened in the library.");
    b.next();
    b.choose("anonymity", "anonymous");
    b.next();
    b.choose("messaging", "yes");
    b.next();
    page(b, "Step 10 of 10: check your report before you send it", "en", script);

    switchTo(b, "cy");
    page(b, "Cam 10 o 10: gwiriwch eich adroddiad cyn ei anfon", "cy", script);
    assertThat(b.text("dl.answers"))
        .contains("It happened in the library.")
        .contains("Yn ddienw")
        .contains("Bwlio");
    b.press("button[name='go'][value='send']");

    page(b, "Mae eich adroddiad wedi'i anfon", "cy", script);
    var code = b.code(".access-code");
    assertThat(b.find("main").getText()).contains("Bydd cynghorydd yn ateb erbyn");
    b.find("label[for='saved']").click();
    switchTo(b, "en");
    page(b, "Your report has been sent", "en", script);
    assertThat(b.code(".access-code")).isEqualTo(code);
    assertThat(b.find("main").getText()).contains("An adviser will reply by");
    assertThat(b.find("#saved").isSelected()).isTrue();
    b.press("form[action='/report/saved'] button[type='submit']:not([hidden])");
    page(b, "What happens next", "en", script);
    switchTo(b, "cy");
    page(b, "Beth sy'n digwydd nesaf", "cy", script);

    b.press("main a.button[href='/sign-in?lang=cy']");
    page(b, "Mewngofnodwch gyda'ch cod mynediad", "cy", script);
    b.type("code", code.toLowerCase(Locale.ROOT));
    switchTo(b, "en");
    page(b, "Sign in with your access code", "en", script);
    assertThat(b.errors()).isEmpty();
    assertThat(b.find("input[name='code']").getAttribute("value"))
        .isEqualTo(code.toLowerCase(Locale.ROOT));
    b.press("form[action='/sign-in'] button:not([hidden])");
    page(b, "Your report", "en", script);

    b.type("body", "It happened again today.");
    switchTo(b, "cy");
    page(b, "Eich adroddiad", "cy", script);
    assertThat(b.find("textarea[name='body']").getAttribute("value"))
        .isEqualTo("It happened again today.");
    assertThat(b.findAll(".thread")).noneMatch(t -> t.getText().contains("It happened again"));
    b.press("form[action='/my-report/messages'] button:not([hidden])");
    assertThat(b.text(".notice")).isEqualTo("Mae eich neges wedi'i hanfon.");
    page(b, "Eich adroddiad", "cy", script);

    b.press("a[href='/my-report/contact?lang=cy']");
    page(b, "Rhannu eich manylion cyswllt", "cy", script);
    b.type("contact.name", "Sam");
    switchTo(b, "en");
    page(b, "Share your contact details", "en", script);
    assertThat(b.find("input[name='contact.name']").getAttribute("value")).isEqualTo("Sam");
    assertThat(b.errors()).isEmpty();

    assertThat(b.driver.manage().getCookies()).noneMatch(cookie -> cookie.getValue().equals("cy"));
  }

  /** Presses the language switch to {@code tag}: a button of the page's form, not a link. */
  private static void switchTo(Browser b, String tag) {
    var button = b.find("header button.language-switch[lang='" + tag + "']");
    assertThat(button.getAttribute("form")).isNotBlank();
    assertThat(button.getAttribute("name")).isEqualTo("switch-language");
    b.press("header button.language-switch[lang='" + tag + "']");
  }

  /**
   * The page now shown is headed {@code heading}, in {@code lang}, and offers the other language as
   * a button of its form named in that language; with script it fits a phone and passes axe.
   */
  private static void page(Browser b, String heading, String lang, boolean script) {
    assertThat(b.heading()).isEqualTo(heading);
    assertThat(b.find("html").getAttribute("lang")).isEqualTo(lang);
    var other = lang.equals("cy") ? "en" : "cy";
    assertThat(b.findAll("a.language-switch")).isEmpty();
    assertThat(b.findAll("header button.language-switch"))
        .singleElement()
        .satisfies(button -> {
          assertThat(button.getAttribute("lang")).isEqualTo(other);
          assertThat(button.getText()).isEqualTo(other.equals("cy") ? "Cymraeg" : "English");
          assertThat(button.isDisplayed()).isTrue();
        });
    if (script) {
      b.assertFitsAPhoneAndAccessible();
    }
  }
}
