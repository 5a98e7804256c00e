package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.confide.adapter.web.VersionLackingWelsh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reporter's whole journey in Welsh in a real browser, chosen once on the first page and kept by
 * every link and form without a cookie: telling us in short steps, keeping the access code, coming
 * back with it to read the report, writing to the adviser, and the pages for sharing details and
 * erasing. With JavaScript off and on; with it on, every page in every state fits a phone and
 * passes axe-core, and no title says what the site is for. The questionnaire in use lacks Welsh for
 * one question ({@link VersionLackingWelsh}): it is asked, checked and read back as written, marked
 * {@code lang="en"}.
 */
@NeedsChromium
class WelshJourneyTest extends ReporterBrowsers {

  /** Words no Welsh title of a reporter's page may hold, as {@code ForgivingJourneyTest}'s. */
  static final Pattern REVEALING_IN_WELSH =
      Pattern.compile(
          "(?i)adrodd|dweud|digwydd|aflonyddu|cam-drin|cod mynediad|dienw|cyswllt|cwestiwn"
              + "|diogel|perygl|dileu|geiriau");

  /** A version lacking Welsh for "where" is in use, as one made before Welsh was offered. */
  @BeforeAll
  static void aVersionLackingWelsh() {
    VersionLackingWelsh.inUse(
        server.fixture.ports.questionnaires(), server.fixture.clock.instant());
  }

  /** Each test's report arrives a minute after the last. */
  @BeforeEach
  void aMinuteLater() {
    server.fixture.advance(Duration.ofMinutes(1));
  }

  @Test
  void a_reporter_tells_us_in_welsh_and_reads_their_report_with_javascript_off() {
    journey(noScript, false);
  }

  @Test
  void the_welsh_journey_works_with_javascript_on_and_every_page_fits_a_phone_and_passes_axe() {
    journey(withScript, true);
  }

  private void journey(Browser b, boolean script) {
    var titles = new ArrayList<String>();
    b.open(server.url("/?lang=cy"));
    page(b, "Beth ddigwyddodd?", script, titles);
    b.press("a.button[href='/report?lang=cy']");

    page(b, "Cam 1 o 10: beth ddigwyddodd", script, titles);
    b.next();
    assertThat(b.errors())
        .singleElement()
        .asString()
        .startsWith("Atebwch y cwestiwn \u201cBeth ddigwyddodd?\u201d");
    assertThat(b.driver.getTitle()).startsWith("Gwall: Cam 1 o 10 \u2013 ");
    page(b, "Cam 1 o 10: beth ddigwyddodd", script, titles);
    b.choose("answers.incident-type", "bullying");
    b.next();
    page(b, "Cam 2 o 10: cwestiynau 4 i 6 o 16", script, titles);
    // The question the version lacks in Welsh: shown as written, each text marked as English.
    assertThat(b.find("legend span[lang='en']").getText()).isEqualTo(VersionLackingWelsh.WHERE);
    assertThat(b.find("#answers-where-hint").getAttribute("lang")).isEqualTo("en");
    assertThat(b.find("label[for='answers-where']").getAttribute("lang")).isEqualTo("en");
    assertThat(b.find("label[for='answers-reporter-role']").getDomAttribute("lang")).isNull();
    b.choose("answers.where", "online");
    b.choose("answers.reporter-role", "student");
    b.next();
    page(b, "Cam 3 o 10: cwestiynau 7 i 9 o 16", script, titles);
    b.choose("answers.affected-person", "me");
    b.choose("answers.under-18", "no");
    b.choose("answers.immediate-danger", "no");
    b.next();
    page(b, "Cam 4 o 10: cwestiynau 10 i 12 o 16", script, titles);
    b.next();
    page(b, "Cam 5 o 10: cwestiynau 13 i 15 o 16", script, titles);
    assertThat(b.text("#answers-named-person-limit"))
        .isEqualTo(script ? "Mae gennych chi 200 nod ar ôl." : "Hyd at 200 nod.");
    b.next();
    b.next();
    page(b, "Cam 7 o 10: yn eich geiriau eich hun", script, titles);
    b.type("account", "Digwyddodd yn y llyfrgell.");
    b.next();

    page(b, "Cam 8 o 10: sut rydych chi'n dweud wrthym", script, titles);
    b.next();
    assertThat(b.errors())
        .containsExactly("Dewiswch a ydych chi am ddweud wrthym yn ddienw neu gyda'ch manylion");
    page(b, "Cam 8 o 10: sut rydych chi'n dweud wrthym", script, titles);
    b.choose("anonymity", "anonymous");
    b.next();
    page(b, "Cam 9 o 10: cadw mewn cysylltiad", script, titles);
    b.choose("messaging", "yes");
    b.next();
    page(b, "Cam 10 o 10: gwiriwch eich adroddiad cyn ei anfon", script, titles);
    assertThat(b.text("dl.answers"))
        .contains("Digwyddodd yn y llyfrgell.")
        .contains("Yn ddienw")
        .contains("Gyda chod mynediad i anfon a derbyn negeseuon.");
    assertThat(b.find("dl.answers dt[lang='en']").getText()).isEqualTo(VersionLackingWelsh.WHERE);
    assertThat(b.find("dl.answers dd[lang='en']").getText()).isEqualTo("On the internet");
    b.press("button[name='go'][value='send']");

    page(b, "Mae eich adroddiad wedi'i anfon", script, titles);
    var code = b.code(".access-code");
    assertThat(b.find("main").getText()).contains("Bydd cynghorydd yn ateb erbyn");
    assertThat(b.find("button[data-copy-code]").isDisplayed()).isEqualTo(script);
    b.press("form[action='/report/saved'] button[type='submit']");
    assertThat(b.errors())
        .containsExactly(
            "Ticiwch y blwch pan fyddwch chi wedi ysgrifennu eich cod mynediad i lawr neu wedi'i"
                + " gadw");
    page(b, "Mae eich adroddiad wedi'i anfon", script, titles);
    b.find("label[for='saved']").click();
    b.press("form[action='/report/saved'] button[type='submit']");
    page(b, "Beth sy'n digwydd nesaf", script, titles);

    b.press("main a.button[href='/sign-in?lang=cy']");
    page(b, "Mewngofnodwch gyda'ch cod mynediad", script, titles);
    b.type("code", "0000-0000-0000-0000");
    b.press("form[action='/sign-in'] button");
    assertThat(b.errors().getFirst()).startsWith("Wnaeth y cod hwnnw ddim agor adroddiad.");
    page(b, "Mewngofnodwch gyda'ch cod mynediad", script, titles);
    b.type("code", code.toLowerCase(java.util.Locale.ROOT));
    b.press("form[action='/sign-in'] button");
    page(b, "Eich adroddiad", script, titles);
    assertThat(b.text("dl.answers")).contains("Digwyddodd yn y llyfrgell.");
    assertThat(b.find("dl.answers dd[lang='en']").getText()).isEqualTo("On the internet");

    b.press("form[action='/my-report/messages'] button");
    assertThat(b.errors()).containsExactly("Ysgrifennwch eich neges");
    page(b, "Eich adroddiad", script, titles);
    b.type("body", "Digwyddodd eto heddiw.");
    b.press("form[action='/my-report/messages'] button");
    assertThat(b.text(".notice")).isEqualTo("Mae eich neges wedi'i hanfon.");
    assertThat(b.text(".thread")).contains("Chi").contains("Digwyddodd eto heddiw.");
    page(b, "Eich adroddiad", script, titles);

    b.press("a[href='/my-report/contact?lang=cy']");
    page(b, "Rhannu eich manylion cyswllt", script, titles);
    b.press("form[action='/my-report/contact'] button");
    assertThat(b.errors()).contains("Dywedwch wrthym beth i'ch galw chi");
    page(b, "Rhannu eich manylion cyswllt", script, titles);
    b.press("main a[href='/my-report?lang=cy']");
    b.press("a[href='/my-report/erase?lang=cy']");
    page(b, "Dileu eich adroddiad", script, titles);
    b.press("main a[href='/my-report?lang=cy']");
    b.press("form[action='/sign-out'] button");
    page(b, "Beth ddigwyddodd?", script, titles);
    assertThat(b.text(".notice")).isEqualTo("Rydych chi wedi allgofnodi.");

    assertThat(titles).noneMatch(title -> REVEALING_IN_WELSH.matcher(title).find());
    assertThat(b.driver.manage().getCookies()).noneMatch(cookie -> cookie.getValue().equals("cy"));
  }

  /**
   * The page now shown is the Welsh page headed {@code heading}; with script, it fits a phone and
   * passes axe. Its title is kept for the check that none says what the site is for.
   */
  private static void page(Browser b, String heading, boolean script, List<String> titles) {
    assertThat(b.heading()).isEqualTo(heading);
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    // The switch is to English: a link, or on a page holding a form a button of that form, which
    // keeps what was typed (LanguageSwitchJourneyTest).
    assertThat(b.findAll(".language-switch"))
        .isNotEmpty()
        .allSatisfy(link -> assertThat(link.getAttribute("lang")).isEqualTo("en"));
    titles.add(b.driver.getTitle());
    if (script) {
      b.assertFitsAPhoneAndAccessible();
    }
  }
}
