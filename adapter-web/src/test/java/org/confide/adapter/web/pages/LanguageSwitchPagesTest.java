package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The language switch of a page holding a form, over plain HTTP (issue 24): a button of the form
 * ({@code switch-language}) that sends what was typed, and the same page comes back in the language
 * asked for, holding it. The switch only shows: no step is checked or taken, nothing is sent,
 * shared or counted as a try, and a later post carries the new language on.
 */
class LanguageSwitchPagesTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final PageClient http = new PageClient("http://127.0.0.1:" + app.port());

  @AfterEach
  void stop() {
    app.stop();
  }

  /** The answers of a report up to its last step, as the form's hidden fields carry them. */
  private static Map<String, String> answers(String step) {
    var form = new LinkedHashMap<String, String>();
    form.put("key", "a-switched-report-key-01");
    form.put("answers.incident-type", "bullying");
    form.put("answers.when.month", "3");
    form.put("answers.when.year", "2025");
    form.put("answers.where", "online");
    form.put("answers.reporter-role", "student");
    form.put("answers.affected-person", "me");
    form.put("answers.under-18", "no");
    form.put("answers.immediate-danger", "no");
    form.put("account", "It happened in the library.");
    form.put("anonymity", "anonymous");
    form.put("messaging", "yes");
    form.put("step", step);
    return form;
  }

  private HttpResponse<String> post(String path, PageClient.Visit visit, Map<String, String> fields)
      throws Exception {
    var form = new LinkedHashMap<String, String>();
    form.put("csrf", visit.token());
    form.putAll(fields);
    return http.post(path, visit.cookies(), form);
  }

  private static Map<String, String> with(Map<String, String> form, String... more) {
    var all = new LinkedHashMap<>(form);
    for (int i = 0; i < more.length; i += 2) {
      all.put(more[i], more[i + 1]);
    }
    return all;
  }

  /** The cookies of a reporter signed in on the pages with the code of a report just made. */
  private Map<String, String> signedInReporter() throws Exception {
    var receipt = fixture.submit(AReport.anonymous().build());
    return http.reporterSignIn(http.visit(), receipt.accessCode().orElseThrow().display());
  }

  /**
   * The form of the page at {@code page}, holding {@code typed}, sent to {@code action} by the
   * Welsh switch.
   */
  private HttpResponse<String> switchToWelsh(
      Map<String, String> reporter, String page, String action, Map<String, String> typed)
      throws Exception {
    var token = PageClient.formToken(http.get(page, reporter).body());
    return http.post(action, reporter, with(typed, "csrf", token, "switch-language", "cy"));
  }

  /** The page's switch: a button of {@code form}, named in {@code tag}'s own language. */
  private static void assertSwitchTo(Document page, String form, String tag, String name) {
    var button = page.select("header button.language-switch");
    assertThat(button).hasSize(1);
    assertThat(button.attr("form")).isEqualTo(form);
    assertThat(button.attr("name")).isEqualTo("switch-language");
    assertThat(button.attr("value")).isEqualTo(tag);
    assertThat(button.attr("lang")).isEqualTo(tag);
    assertThat(button.text()).isEqualTo(name);
    assertThat(page.select("#" + form)).hasSize(1);
    assertThat(page.select("a.language-switch")).isEmpty();
    // Enter in a box sends the form as its own next step, never as the switch.
    assertThat(page.select("body > button[hidden][form='" + form + "']:not([name])")).hasSize(1);
  }

  @Test
  void
      a_step_comes_back_in_welsh_holding_what_was_typed_and_checked_only_when_the_reporter_goes_on()
          throws Exception {
    var visit = http.visit();
    // Step 2, half answered: the required "your role" is still empty.
    var form = with(answers("2"), "lang", "en", "switch-language", "cy");
    form.remove("answers.reporter-role");

    var reply = post("/report", visit, form);

    assertThat(reply.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(reply.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("h1").text()).isEqualTo("Cam 2 o 10: cwestiynau 4 i 6 o 16");
    assertThat(page.select("input[name='answers.where'][value='online']").hasAttr("checked"))
        .isTrue();
    assertThat(page.select("input[type='hidden'][name='answers.incident-type']").val())
        .isEqualTo("bullying");
    assertThat(page.select("input[type='hidden'][name='account']").val())
        .isEqualTo("It happened in the library.");
    assertThat(page.select("input[type='hidden'][name='lang']").val()).isEqualTo("cy");
    assertThat(page.select(".error-summary")).isEmpty();
    assertSwitchTo(page, "report", "en", "English");

    // Going on from the Welsh page checks the step, in Welsh.
    var next =
        post("/report", visit, with(form, "switch-language", "", "lang", "cy", "go", "next"));
    assertThat(next.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(next.body()).select(".error-summary").text()).contains("Atebwch");
  }

  @Test
  void the_check_before_sending_comes_back_in_welsh_and_nothing_is_sent() throws Exception {
    var visit = http.visit();

    var reply = post("/report", visit, with(answers("10"), "switch-language", "cy"));

    assertThat(reply.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(reply.body());
    assertThat(page.select("h1").text())
        .isEqualTo("Cam 10 o 10: gwiriwch eich adroddiad cyn ei anfon");
    assertThat(page.select("dl.answers").text())
        .contains("Bwlio")
        .contains("Mawrth 2025")
        .contains("It happened in the library.")
        .contains("Yn ddienw");
    assertSwitchTo(page, "report", "en", "English");
    assertThat(
            fixture
                .confide
                .listCases()
                .list(fixture.lead, ListCasesUseCase.Command.firstPage(ListCasesUseCase.View.ALL))
                .orElseThrow()
                .cases())
        .isEmpty();
  }

  @Test
  void the_receipt_comes_back_in_welsh_with_its_code_tick_date_and_emergency_contacts()
      throws Exception {
    var visit = http.visit();
    var code = "ABCD-EFGH-JKMN-PQRS";
    var fields = Map.of("code", code, "due", "2026-03-14", "danger", "yes", "saved", "yes");

    var reply = post("/report/saved", visit, with(fields, "switch-language", "cy"));

    assertThat(reply.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(reply.body());
    assertThat(page.select("h1").text()).isEqualTo("Mae eich adroddiad wedi'i anfon");
    assertThat(page.select(".access-code").text()).contains("ABCD EFGH JKMN PQRS");
    assertThat(page.select("main").text()).containsIgnoringCase("dydd Sadwrn 14 Mawrth 2026");
    assertThat(page.select(".emergency").text()).contains("999");
    assertThat(page.select("#saved").hasAttr("checked")).isTrue();
    assertThat(page.select("input[type='hidden'][name='due']").val()).isEqualTo("2026-03-14");
    assertThat(page.select("input[type='hidden'][name='danger']").val()).isEqualTo("yes");
    assertSwitchTo(page, "receipt", "en", "English");

    // Continuing from it, the tick leads on to the next page, in Welsh, with its own switch.
    var saved = post("/report/saved", visit, with(fields, "lang", "cy"));
    var next = Jsoup.parse(saved.body());
    assertThat(next.select("h1").text()).isEqualTo("Beth sy'n digwydd nesaf");
    assertThat(next.select("main").text()).containsIgnoringCase("dydd Sadwrn 14 Mawrth 2026");
    assertSwitchTo(next, "saved", "en", "English");
    var english =
        post(
            "/report/saved",
            visit,
            Map.of("page", "saved", "due", "2026-03-14", "lang", "cy", "switch-language", "en"));
    var back = Jsoup.parse(english.body());
    assertThat(back.select("h1").text()).isEqualTo("What happens next");
    assertThat(back.select("main").text()).contains("Saturday 14 March 2026");
  }

  @Test
  void a_named_reporters_receipt_keeps_its_reference_and_a_bad_one_is_not_shown() throws Exception {
    var visit = http.visit();
    var receipt = fixture.submit(AReport.named().build());
    var reference = receipt.reference().display();

    var reply =
        post(
            "/report/saved",
            visit,
            Map.of(
                "named",
                "yes",
                "reference",
                reference,
                "due",
                "2026-03-14",
                "switch-language",
                "cy"));

    var page = Jsoup.parse(reply.body());
    assertThat(page.select("main").text()).contains(reference);
    assertSwitchTo(page, "receipt", "en", "English");
    var forged =
        post(
            "/report/saved",
            visit,
            Map.of(
                "named",
                "yes",
                "reference",
                "<b>x</b>",
                "due",
                "not a day",
                "switch-language",
                "cy"));
    assertThat(forged.statusCode()).isEqualTo(200);
    assertThat(forged.body()).doesNotContain("<b>x</b>").doesNotContain("not a day");
  }

  @Test
  void the_sign_in_page_comes_back_with_the_code_typed_and_no_try_counted() throws Exception {
    var visit = http.visit();
    // Far more switches than the tries allowed: none of them is a try.
    for (int i = 0; i < 12; i++) {
      var reply =
          post(
              "/sign-in",
              visit,
              Map.of("code", "0000-0000-0000-0000", "switch-language", i % 2 == 0 ? "cy" : "en"));
      assertThat(reply.statusCode()).isEqualTo(200);
      var page = Jsoup.parse(reply.body());
      assertThat(page.select("input[name='code']").val()).isEqualTo("0000-0000-0000-0000");
      assertThat(page.select(".error-summary")).isEmpty();
    }
    var receipt = fixture.submit(AReport.anonymous().build());
    var signIn =
        post(
            "/sign-in",
            visit,
            Map.of("code", receipt.accessCode().orElseThrow().display(), "lang", "en"));
    assertThat(signIn.statusCode()).isEqualTo(303);
    assertThat(signIn.headers().firstValue("Location")).hasValue("/my-report?lang=en");
  }

  @Test
  void a_message_that_could_not_be_sent_stays_in_its_box_in_the_other_language() throws Exception {
    var visit = http.visit();

    var reply =
        post(
            "/sign-in",
            visit,
            Map.of("code", "", "unsent", "Please call me back.", "switch-language", "cy"));

    var page = Jsoup.parse(reply.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("textarea#unsent").text()).isEqualTo("Please call me back.");
    assertThat(page.select("textarea#unsent").attr("form")).isEqualTo("sign-in");
    assertSwitchTo(page, "sign-in", "en", "English");
  }

  @Test
  void staff_sign_in_comes_back_in_welsh_with_the_address_but_never_the_password_and_no_try()
      throws Exception {
    var form = http.get("/staff/sign-in", Map.of());
    var visit =
        new PageClient.Visit(
            PageClient.setCookie(form, Pages.FORM_COOKIE), PageClient.formToken(form.body()));
    for (int i = 0; i < 8; i++) {
      var reply =
          post(
              "/staff/sign-in",
              visit,
              Map.of(
                  "email", "admin@example.ac.uk",
                  "password", "not the password",
                  "code", "123456",
                  "switch-language", "cy"));
      assertThat(reply.statusCode()).isEqualTo(200);
      var page = Jsoup.parse(reply.body());
      assertThat(page.select("h1").text()).isEqualTo("Mewngofnodi i waith achos");
      assertThat(page.select("input[name='email']").val()).isEqualTo("admin@example.ac.uk");
      assertThat(reply.body()).doesNotContain("not the password").doesNotContain("123456");
      assertSwitchTo(page, "staff-sign-in", "en", "English");
    }
    // None of the switches was a wrong password: the right one still opens the account at once.
    var signedIn =
        post(
            "/staff/sign-in",
            visit,
            Map.of("email", "admin@example.ac.uk", "password", Fixture.PASSWORD, "lang", "cy"));
    assertThat(signedIn.statusCode()).isEqualTo(303);
  }

  @Test
  void a_message_being_written_comes_back_in_welsh_and_is_not_sent() throws Exception {
    var reporter = signedInReporter();

    var reply =
        switchToWelsh(
            reporter,
            "/my-report",
            "/my-report/messages",
            Map.of("body", "It happened again today."));

    assertThat(reply.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(reply.body());
    assertThat(page.select("h1").text()).isEqualTo("Eich adroddiad");
    assertThat(page.select("textarea[name='body']").text()).isEqualTo("It happened again today.");
    assertThat(page.select(".thread").text()).doesNotContain("It happened again today.");
    assertSwitchTo(page, "message", "en", "English");
    assertThat(http.get("/my-report", reporter).body()).doesNotContain("It happened again today.");
  }

  @Test
  void contact_details_being_typed_come_back_in_welsh_and_are_not_shared() throws Exception {
    var reporter = signedInReporter();

    var reply =
        switchToWelsh(
            reporter,
            "/my-report/contact",
            "/my-report/contact",
            Map.of("contact.name", "Sam Quill-Ferris"));

    assertThat(reply.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(reply.body());
    assertThat(page.select("h1").text()).isEqualTo("Rhannu eich manylion cyswllt");
    assertThat(page.select("input[name='contact.name']").val()).isEqualTo("Sam Quill-Ferris");
    assertThat(page.select(".error-summary")).isEmpty();
    assertSwitchTo(page, "contact", "en", "English");
    assertThat(http.get("/my-report", reporter).body()).doesNotContain("Quill-Ferris");
  }
}
