package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire's editor, overview and preview in Welsh in a real browser: each text edited in
 * each language, the default's Welsh ready to keep, a missing Welsh text named in Welsh, the
 * overview and preview followed from link to link in Welsh, with JavaScript off and on, on a phone
 * and passing axe-core.
 */
@NeedsChromium
class QuestionnaireInWelshPagesTest extends ReporterBrowsers {

  private void signIn(Browser b) {
    b.driver.manage().deleteAllCookies();
    b.open(server.url("/staff/sign-in"));
    b.type("email", "admin@example.ac.uk");
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
  }

  @Test
  void an_administrator_edits_a_question_in_welsh_with_javascript_off() {
    var b = noScript;
    signIn(b);
    b.open(server.url("/staff/admin/questionnaire/questions/3?lang=cy"));

    assertThat(b.heading()).isEqualTo("Cwestiwn 4 o 16");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.find("#text").getAttribute("value")).isEqualTo("Where did it happen?");
    assertThat(b.find("#text-cy").getAttribute("value")).isEqualTo("Ble digwyddodd hyn?");
    assertThat(b.find("#text-cy").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.find("#option-2-cy").getAttribute("value"))
        .isEqualTo("Ar-lein, gan gynnwys cyfryngau cymdeithasol, e-bost a negeseuon");

    b.type("text-cy", "");
    b.type("option-new", "On a placement");
    b.press("button[name='action'][value='add']");

    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.errors())
        .containsExactly(
            "Ysgrifennwch y cwestiwn (Cymraeg): 1 i 500 nod, heb nodau cudd",
            "Ysgrifennwch opsiwn 5 (Cymraeg): 1 i 200 nod, heb nodau cudd");
    assertThat(b.find("#option-new").getAttribute("value")).isEqualTo("On a placement");

    b.type("text-cy", "Ble oeddech chi?");
    b.type("option-new-cy", "Ar leoliad");
    b.press("button[name='action'][value='add']");
    assertThat(b.text(".notice")).isEqualTo("Mae'r newid wedi'i gadw yn eich drafft.");
    assertThat(b.find("#option-4-cy").getAttribute("value")).isEqualTo("Ar leoliad");
    assertThat(b.find("#text-cy").getAttribute("value")).isEqualTo("Ble oeddech chi?");
  }

  @Test
  void the_welsh_editor_and_its_errors_fit_a_phone_and_pass_axe() {
    var b = withScript;
    signIn(b);
    b.open(server.url("/staff/admin/questionnaire/questions/7?lang=cy"));
    assertThat(b.heading()).isEqualTo("Cwestiwn 8 o 16");
    b.assertFitsAPhoneAndAccessible();

    b.type("hint-cy", "");
    b.press("button[name='action'][value='save']");
    assertThat(b.errors())
        .containsExactly(
            "Ysgrifennwch y nodyn o dan y cwestiwn (Cymraeg) mewn 1 i 1,000 nod heb nodau cudd,"
                + " neu gadewch ef yn wag ym mhob iaith");
    b.assertFitsAPhoneAndAccessible();
  }

  @Test
  void the_welsh_overview_and_preview_work_without_javascript() {
    var b = noScript;
    signIn(b);
    b.open(server.url("/staff/admin/questionnaire?lang=cy"));

    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.heading()).isEqualTo("Holiadur");
    assertThat(b.find("ol.questions strong").getText()).isEqualTo("Beth ddigwyddodd?");
    assertThat(b.text("#versions")).isEqualTo("Fersiynau");

    // Its links keep the language without script: to the preview, and back.
    b.press("a[href='/staff/admin/questionnaire/preview?lang=cy']");
    assertThat(b.heading()).isEqualTo("Rhagolwg o'r holiadur drafft");
    assertThat(b.text(".preview .step")).startsWith("Cam 1 o ");
    assertThat(b.find(".preview legend").getText()).startsWith("Beth ddigwyddodd?");

    b.press("main a[href='/staff/admin/questionnaire?lang=cy']");
    assertThat(b.heading()).isEqualTo("Holiadur");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
  }

  @Test
  void the_welsh_overview_and_preview_fit_a_phone_and_pass_axe() {
    // axe-core runs in the page, so it needs a browser with script; the pages use none.
    var b = withScript;
    signIn(b);
    b.open(server.url("/staff/admin/questionnaire?lang=cy"));
    assertThat(b.heading()).isEqualTo("Holiadur");
    b.assertFitsAPhoneAndAccessible();

    b.open(server.url("/staff/admin/questionnaire/preview?lang=cy"));
    assertThat(b.heading()).isEqualTo("Rhagolwg o'r holiadur drafft");
    b.assertFitsAPhoneAndAccessible();
  }
}
