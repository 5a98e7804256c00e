package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff sign-in and an administrator's page in Welsh in a real browser with JavaScript off:
 * chosen with the language link, kept through a refused sign-in and the redirects after a good one,
 * with errors in Welsh beside their fields. Each page and error state is also opened in a browser
 * with JavaScript on, where it must fit a phone and pass axe-core (which, on this loaded machine,
 * ran out of time in the browser without script on the Welsh pages).
 */
@NeedsChromium
class WelshStaffPagesTest {

  private PagesServer server;
  private Browser b;
  private Browser checked;

  @BeforeEach
  void start() {
    server = new PagesServer();
    b = Browser.withoutJavaScript();
    checked = Browser.withJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, checked, server);
  }

  @Test
  void a_member_signs_in_in_welsh_with_javascript_off_and_stays_in_welsh() {
    b.open(server.url("/staff/sign-in"));
    assertThat(b.heading()).isEqualTo("Sign in to case work");

    b.type("email", "admin@example.ac.uk");
    b.press("button.language-switch[lang='cy']");
    assertThat(b.heading()).isEqualTo("Mewngofnodi i waith achos");
    assertThat(b.find("input[name='email']").getAttribute("value"))
        .isEqualTo("admin@example.ac.uk");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    checked.open(server.url("/staff/sign-in?lang=cy"));
    checked.assertFitsAPhoneAndAccessible();

    for (var browser : new Browser[] {b, checked}) {
      browser.type("email", "admin@example.ac.uk");
      browser.type("password", "not the password");
      browser.press("form[action='/staff/sign-in'] button");
    }
    assertThat(b.errors())
        .singleElement()
        .asString()
        .startsWith("Dydy'r cyfeiriad e-bost, y cyfrinair neu'r cod ddim yn iawn");
    assertThat(b.driver.getTitle()).startsWith("Gwall: Mewngofnodi");
    checked.assertFitsAPhoneAndAccessible();

    b.type("email", "admin@example.ac.uk");
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
    assertThat(b.heading()).isEqualTo("Cyfrifon staff");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.driver.getCurrentUrl()).endsWith("/staff/admin/staff?lang=cy");
    assertThat(b.driver.manage().getCookies()).noneMatch(cookie -> cookie.getValue().equals("cy"));
  }

  @Test
  void an_administrator_adds_a_closure_in_welsh_and_is_told_what_to_put_right_in_welsh() {
    for (var browser : new Browser[] {b, checked}) {
      browser.signInAsAdministrator(server);
      browser.open(server.url("/staff/admin/calendar?lang=cy"));
    }
    assertThat(b.heading()).isEqualTo("Diwrnodau gwaith a thargedau ymateb");
    checked.assertFitsAPhoneAndAccessible();

    for (var browser : new Browser[] {b, checked}) {
      browser.date("closureFirst", "2026-12-24");
      browser.date("closureLast", "2026-12-27");
      browser.press("form input[value='add-closure'] ~ .actions button");
    }
    assertThat(b.errors())
        .containsExactly(
            "Ysgrifennwch yr hysbysiad y bydd y rhai sy'n adrodd yn ei weld yn ystod y cyfnod"
                + " cau");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    checked.assertFitsAPhoneAndAccessible();

    b.date("closureFirst", "2026-12-24");
    b.date("closureLast", "2026-12-27");
    b.type("closureNotice", "Rydyn ni ar gau dros y Nadolig.");
    b.press("form input[value='add-closure'] ~ .actions button");
    assertThat(b.text(".notice")).isEqualTo("Mae'r newid wedi'i gadw.");
    assertThat(b.text("table")).contains("Dydd Iau 24 Rhagfyr 2026");
  }

  @Test
  void an_administrator_writes_a_page_in_welsh_and_welsh_readers_see_it() {
    for (var browser : new Browser[] {b, checked}) {
      browser.signInAsAdministrator(server);
      browser.open(server.url("/staff/admin/pages?lang=cy"));
    }
    assertThat(b.heading()).isEqualTo("Tudalennau i'r rhai sy'n adrodd");
    assertThat(b.find("main").getText())
        .contains(
            "Golygu: Cymraeg: dim testun yn yr iaith hon eto: mae'r darllenwyr yn gweld testun"
                + " diofyn Confide.");
    checked.assertFitsAPhoneAndAccessible();

    b.press("main a[href='/staff/admin/pages/support?in=cy&lang=cy']");
    assertThat(b.heading()).isEqualTo("Golygu: Cymorth i chi ac i ffrind");
    assertThat(b.find("#body").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.find("#body").getAttribute("value")).contains("## Siarad â rhywun nawr");
    checked.open(server.url("/staff/admin/pages/support?in=cy&lang=cy"));
    checked.assertFitsAPhoneAndAccessible();

    // Saved with no title: refused in Welsh, beside its field, the text typed kept.
    for (var browser : new Browser[] {b, checked}) {
      browser.type("title", "");
      browser.press("button[name='go'][value='save']");
    }
    assertThat(b.errors()).containsExactly("Rhowch deitl i'r dudalen");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    checked.assertFitsAPhoneAndAccessible();

    b.type("title", "Cymorth yn Example");
    b.type("body", "Ffoniwch Nightline ar [01632 960000](tel:01632960000), ddydd a nos.");
    b.press("button[name='go'][value='save']");
    assertThat(b.text(".notice")).isEqualTo("Mae'r newid wedi'i gadw.");

    // A Welsh reader sees the Welsh; an English one the default, until it is written in English.
    b.open(server.url("/pages/support?lang=cy"));
    assertThat(b.heading()).isEqualTo("Cymorth yn Example");
    b.open(server.url("/pages/support"));
    assertThat(b.heading()).isEqualTo("Support for you and for a friend");
    checked.open(server.url("/pages/support?lang=cy"));
    checked.assertFitsAPhoneAndAccessible();

    // Written only in English, a page is shown to Welsh readers in the organisation's English,
    // marked as English, rather than as a default that knows nothing of the organisation.
    server
        .fixture
        .confide
        .changeOrganisationPage()
        .change(
            server.fixture.admin,
            new org.confide.application.port.in.ChangeOrganisationPageUseCase.Command(
                org.confide.domain.content.PageKey.COVERING_YOUR_TRACKS,
                org.confide.domain.shared.Language.ENGLISH,
                "Covering your tracks at Example",
                "Our library computers clear their history when you sign out."))
        .orElseThrow();
    checked.open(server.url("/pages/covering-your-tracks?lang=cy"));
    assertThat(checked.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(checked.find("h1").getAttribute("lang")).isEqualTo("en");
    assertThat(checked.find("main .organisation-text").getAttribute("lang")).isEqualTo("en");
    assertThat(checked.text("main .organisation-text")).contains("library computers");
    checked.assertFitsAPhoneAndAccessible();
  }
}
