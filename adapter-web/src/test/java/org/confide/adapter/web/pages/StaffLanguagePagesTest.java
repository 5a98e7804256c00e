package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.adapter.web.pages.PageClient.formToken;
import static org.confide.adapter.web.pages.PageClient.setCookie;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.SessionToken;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The staff sign-in, a member's own pages and the administrators' pages in Welsh over plain HTTP:
 * signing in (a wrong password, a password, a code from the app) stays in Welsh through every
 * redirect, each administrator's page and its errors are Welsh, and dates are in Welsh words.
 */
class StaffLanguagePagesTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final PageClient client = new PageClient("http://127.0.0.1:" + app.port());

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void a_member_who_signs_in_in_welsh_is_told_of_a_wrong_password_in_welsh_and_lands_in_welsh()
      throws Exception {
    var form = get("/staff/sign-in?lang=cy", Map.of());
    var page = Jsoup.parse(form.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Mewngofnodi i waith achos");
    assertThat(page.select("input[name=lang]").attr("value")).isEqualTo("cy");
    // A button of the sign-in form, so that the address typed comes back in English.
    assertThat(page.select("button.language-switch").attr("form")).isEqualTo("staff-sign-in");
    assertThat(page.select("button.language-switch").attr("value")).isEqualTo("en");

    var visit = visitCookie(form);
    var wrong = signIn(visit, form, "admin@example.ac.uk", "not the password");
    assertThat(wrong.statusCode()).isEqualTo(401);
    var refused = Jsoup.parse(wrong.body());
    assertThat(refused.selectFirst("html").attr("lang")).isEqualTo("cy");
    assertThat(refused.title()).startsWith("Gwall: Mewngofnodi");
    assertThat(refused.select(".error-summary h2").text()).isEqualTo("Mae problem");
    assertThat(refused.select(".error-summary li").text())
        .startsWith("Dydy'r cyfeiriad e-bost, y cyfrinair neu'r cod ddim yn iawn");

    var signedIn = signIn(visit, wrong, "admin@example.ac.uk", Fixture.PASSWORD);
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/staff?lang=cy");
    var staff = Map.of(Pages.STAFF_COOKIE, setCookie(signedIn, Pages.STAFF_COOKIE));

    var home = get("/staff?lang=cy", staff);
    assertThat(home.headers().firstValue("Location")).hasValue("/staff/admin/staff?lang=cy");
    var accounts = Jsoup.parse(get("/staff/admin/staff?lang=cy", staff).body());
    assertThat(accounts.selectFirst("html").attr("lang")).isEqualTo("cy");
    assertThat(accounts.selectFirst("h1").text()).isEqualTo("Cyfrifon staff");
  }

  @Test
  void a_member_with_two_factor_sign_in_is_asked_for_the_code_in_welsh_and_signs_in_with_it()
      throws Exception {
    var enrolled =
        TwoFactor.setUp(fixture.confide, fixture.logIn("lead@example.ac.uk"), fixture.clock);
    // The code of this moment was spent setting it up: the next one is the app's.
    fixture.clock.advance(Duration.ofSeconds(31));
    var form = get("/staff/sign-in?lang=cy", Map.of());
    var visit = visitCookie(form);

    var noCode = signIn(visit, form, "lead@example.ac.uk", Fixture.PASSWORD);
    assertThat(noCode.statusCode()).isEqualTo(401);
    assertThat(Jsoup.parse(noCode.body()).select(".error-summary li").text())
        .contains("Dim ond unwaith y mae cod yn gweithio");

    var code = TwoFactor.codeAt(enrolled.secret(), fixture.clock.instant());
    var signedIn = signIn(visit, noCode, "lead@example.ac.uk", Fixture.PASSWORD, code);
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/staff?lang=cy");

    var staff = Map.of(Pages.STAFF_COOKIE, setCookie(signedIn, Pages.STAFF_COOKIE));
    var twoFactor = Jsoup.parse(get("/staff/two-factor?lang=cy", staff).body());
    assertThat(twoFactor.selectFirst("h1").text()).isEqualTo("Mewngofnodi dau gam");
    assertThat(twoFactor.text()).contains("Mae gennych chi 10 cod adfer ar ôl.");
  }

  @Test
  void setting_up_two_factor_sign_in_is_in_welsh_and_a_wrong_code_is_told_in_welsh()
      throws Exception {
    var staff = staff(fixture.analyst);
    var setUp = get("/staff/two-factor?lang=cy", staff);
    var page = Jsoup.parse(setUp.body());
    assertThat(page.selectFirst("h1").text()).isEqualTo("Sefydlu mewngofnodi dau gam");
    assertThat(page.select(".qr svg title").text())
        .isEqualTo("Cod QR i'w sganio gyda'ch ap dilysu");

    var wrong =
        post(
            "/staff/two-factor",
            staff,
            Map.of("csrf", formToken(setUp.body()), "lang", "cy", "code", "000000"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    var refused = Jsoup.parse(wrong.body());
    assertThat(refused.select("#code-error").text())
        .isEqualTo(
            "Gwall: Dydy'r cod hwnnw ddim yn iawn: rhowch y 6 digid y mae eich ap yn eu dangos"
                + " nawr, a gwiriwch fod yr amser ar eich ffôn yn cael ei osod yn awtomatig");
  }

  @Test
  void the_two_factor_page_switches_language_with_the_same_key_and_confirms_nothing()
      throws Exception {
    var staff = staff(fixture.analyst);
    var setUp = get("/staff/two-factor?lang=cy", staff);
    var key = Jsoup.parse(setUp.body()).select(".secret-key .group").text();

    var english =
        post(
            "/staff/two-factor",
            staff,
            Map.of(
                "csrf", formToken(setUp.body()),
                "lang", "cy",
                "code", "000000",
                "switch-language", "en"));

    assertThat(english.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(english.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Set up two-factor sign-in");
    assertThat(page.select(".error-summary")).isEmpty();
    assertThat(page.select(".secret-key .group").text()).isEqualTo(key).isNotBlank();
    assertThat(page.select("button.language-switch").attr("form")).isEqualTo("two-factor");
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "/staff/admin/service, Sut mae'r gwasanaeth yn rhedeg",
        "/staff/admin/staff, Cyfrifon staff",
        "/staff/admin/teams, Timau",
        "/staff/admin/routing, Llwybro",
        "/staff/admin/outcomes, Canlyniadau a thagiau",
        "/staff/admin/calendar, Diwrnodau gwaith a thargedau ymateb",
        "/staff/admin/emergency-contacts, Cysylltiadau brys",
        "/staff/password, Newid eich cyfrinair",
        "/staff/sessions, Lle rydych chi wedi mewngofnodi"
      })
  void each_administration_and_own_account_page_is_in_welsh_when_asked(String path, String heading)
      throws Exception {
    var reply = get(path + "?lang=cy", staff(fixture.admin));
    assertThat(reply.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(reply.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
    assertThat(page.selectFirst("h1").text()).isEqualTo(heading);
    assertThat(page.select("a.language-switch").attr("href")).isEqualTo(path + "?lang=en");
    assertThat(page.select("form input[name=lang]")).allMatch(input -> input.val().equals("cy"));
  }

  @Test
  void the_set_up_list_and_the_service_hours_are_in_welsh_words() throws Exception {
    var page = Jsoup.parse(get("/staff/admin/service?lang=cy", staff(fixture.admin)).body());

    assertThat(page.select("#set-up-title").text()).isEqualTo("Sefydlu Confide");
    assertThat(page.select(".set-up a[href='/staff/admin/calendar?lang=cy']").text())
        .isEqualTo("Diwrnodau gwaith");
    assertThat(page.select("main > p").first().text())
        .startsWith(
            "Mae'r rhai sy'n adrodd yn cael gwybod bod negeseuon yn cael eu darllen o ddydd");
    assertThat(page.select("label[for=day-MONDAY]").text()).isEqualTo("Dydd Llun");
  }

  @Test
  void a_form_sent_in_welsh_with_a_problem_is_answered_in_welsh() throws Exception {
    var staff = staff(fixture.admin);
    var form = get("/staff/admin/teams?lang=cy", staff);

    var reply =
        post(
            "/staff/admin/teams",
            staff,
            Map.of("csrf", formToken(form.body()), "lang", "cy", "name", ""));

    assertThat(reply.statusCode()).isEqualTo(400);
    var page = Jsoup.parse(reply.body());
    assertThat(page.title()).startsWith("Gwall: Timau");
    // The problem is said by its code: the name left blank, in Welsh.
    assertThat(page.select("#name-error").text()).isEqualTo("Gwall: Ysgrifennwch yr enw");
    assertThat(page.select(".error-summary a[href='#name']").text())
        .isEqualTo("Ysgrifennwch yr enw");
    // The answer to a form has no address of its own to link to in English: its switch is a
    // button of the form that was sent, which keeps what was typed (StaffLanguageSwitchTest).
    assertThat(page.select("a.language-switch")).isEmpty();
    assertThat(page.select("header button.language-switch").attr("form")).isEqualTo("new-team");
  }

  @Test
  void the_same_form_sent_in_english_keeps_the_use_case_s_own_words() throws Exception {
    var staff = staff(fixture.admin);
    var form = get("/staff/admin/teams", staff);

    var reply =
        post("/staff/admin/teams", staff, Map.of("csrf", formToken(form.body()), "name", ""));

    var page = Jsoup.parse(reply.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("#name-error").text()).isEqualTo("Error: The name must not be blank");
  }

  @Test
  void a_member_s_sessions_are_dated_in_welsh_words() throws Exception {
    var page = Jsoup.parse(get("/staff/sessions?lang=cy", staff(fixture.admin)).body());

    assertThat(page.select(".session p").first().text())
        .matches("Dechreuodd 2 Tachwedd 2026 am \\d\\d:\\d\\d.*");
  }

  private static Map<String, String> staff(SessionToken token) {
    return Map.of(Pages.STAFF_COOKIE, token.value());
  }

  private static Map<String, String> visitCookie(HttpResponse<String> page) {
    return Map.of(Pages.FORM_COOKIE, setCookie(page, Pages.FORM_COOKIE));
  }

  /** Sends the sign-in form in Welsh, from the page {@code before}, with the browser's visit. */
  private HttpResponse<String> signIn(
      Map<String, String> visit, HttpResponse<String> before, String email, String... secrets)
      throws Exception {
    var form = new LinkedHashMap<String, String>();
    form.put("csrf", formToken(before.body()));
    form.put("lang", "cy");
    form.put("email", email);
    form.put("password", secrets[0]);
    if (secrets.length > 1) {
      form.put("code", secrets[1]);
    }
    return post("/staff/sign-in", visit, form);
  }

  private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
    return client.get(path, cookies);
  }

  private HttpResponse<String> post(
      String path, Map<String, String> cookies, Map<String, String> form) throws Exception {
    return client.post(path, cookies, form);
  }
}
