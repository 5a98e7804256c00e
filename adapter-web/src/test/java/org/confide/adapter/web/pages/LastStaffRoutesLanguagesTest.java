package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.adapter.web.pages.PageClient.formToken;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.EditQuestionnaireDraftUseCase.ChangeQuestion;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.questionnaire.QuestionnaireDocument.OptionEntry;
import org.confide.domain.questionnaire.QuestionnaireDocument.QuestionEntry;
import org.confide.domain.questionnaire.QuestionnaireDocument.Written;
import org.confide.domain.shared.Language;
import org.confide.testing.Fixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The staff routes that were last to come into every language, over plain HTTP: the redirects of
 * {@code /staff} and signing out keep the language, the administrator's questionnaire overview, its
 * preview and the answers to its forms are in Welsh, and the tables downloaded as CSV (from the
 * pages and from the API) have Welsh headings and labels when Welsh is asked for, by {@code ?lang=}
 * or by {@code Accept-Language}, and say so in {@code Content-Language}.
 */
class LastStaffRoutesLanguagesTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final String base = "http://127.0.0.1:" + app.port();
  private final PageClient client = new PageClient(base);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void staff_and_signing_out_redirect_in_the_language_asked_for() throws Exception {
    var adviser = staff(fixture.adviser);

    var home = client.get("/staff?lang=cy", adviser);
    assertThat(home.statusCode()).isEqualTo(303);
    assertThat(home.headers().firstValue("Location")).hasValue("/staff/cases?lang=cy");
    // Without a session, to sign in, still in Welsh.
    assertThat(client.get("/staff?lang=cy", Map.of()).headers().firstValue("Location"))
        .hasValue("/staff/sign-in?lang=cy");

    var cases = client.get("/staff/cases?lang=cy", adviser);
    var signOut = Jsoup.parse(cases.body()).selectFirst("form[action='/staff/sign-out']");
    assertThat(signOut.select("input[name=lang]").val()).isEqualTo("cy");
    var out =
        client.post(
            "/staff/sign-out", adviser, Map.of("csrf", formToken(cases.body()), "lang", "cy"));
    assertThat(out.statusCode()).isEqualTo(303);
    var signedOut = out.headers().firstValue("Location").orElseThrow();
    assertThat(signedOut).isEqualTo("/staff/sign-in?why=signed-out&lang=cy");
    var page = Jsoup.parse(client.get(signedOut, Map.of()).body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
  }

  @Test
  void the_questionnaire_overview_is_in_welsh_with_a_text_the_version_lacks_marked_english()
      throws Exception {
    // The draft's second question, reworded in English alone (as a version loaded before Welsh
    // was offered would be): the overview shows it as written, marked as English.
    var when = fixture.confide.readQuestionnaire().current().questions().get(1);
    var english = Language.parse("en").orElseThrow();
    var reworded =
        new QuestionEntry(
            when.id().value(),
            Written.plain("When did this take place?"),
            when.kind().name(),
            when.required(),
            Written.of(when.hint().orElseThrow()),
            null,
            null);
    assertThat(
            fixture
                .confide
                .editQuestionnaireDraft()
                .change(fixture.admin, new ChangeQuestion(1, reworded, List.of(english)))
                .isDone())
        .isTrue();

    var reply = client.get("/staff/admin/questionnaire?lang=cy", staff(fixture.admin));

    assertThat(reply.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(reply.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
    assertThat(page.title()).startsWith("Holiadur");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Holiadur");
    assertThat(page.select("#draft + p").text())
        .matches(
            "Wedi'i gopïo o fersiwn \\d+, gyda'ch newidiadau\\. Dydy'r rhai sy'n adrodd ddim yn eu"
                + " gweld nhw eto\\.");
    var questions = page.select("ol.questions > li");
    assertThat(questions.get(0).selectFirst("strong").text()).isEqualTo("Beth ddigwyddodd?");
    assertThat(questions.get(0).selectFirst("strong").hasAttr("lang")).isFalse();
    assertThat(questions.get(0).select(".hint span").first().text())
        .isEqualTo("Cam-drin mewn perthynas");
    assertThat(questions.get(1).selectFirst("strong").text())
        .isEqualTo("When did this take place?");
    assertThat(questions.get(1).selectFirst("strong").attr("lang")).isEqualTo("en");
    assertThat(questions.get(1).select(".hint").first().text()).isEqualTo("(Dyddiad, dewisol)");
    assertThat(questions.get(0).select("a").attr("href"))
        .isEqualTo("/staff/admin/questionnaire/questions/0?lang=cy");
    assertThat(page.select("button").eachText())
        .contains("Gwneud hon y fersiwn gyfredol", "Taflu'r drafft");
    assertThat(page.select("ul.versions li").eachText())
        .anyMatch(line -> line.matches("Fersiwn \\d+, .*: cyfredol"));
    assertThat(page.select("a.language-switch").attr("href"))
        .isEqualTo("/staff/admin/questionnaire?lang=en");
    assertThat(page.select("form input[name=lang]")).allMatch(input -> input.val().equals("cy"));
  }

  @Test
  void the_preview_is_in_welsh_and_its_steps_are_the_reporter_s_in_welsh() throws Exception {
    var page =
        Jsoup.parse(
            client.get("/staff/admin/questionnaire/preview?lang=cy", staff(fixture.admin)).body());

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Rhagolwg o'r holiadur drafft");
    assertThat(page.select(".preview .step").first().text()).matches("Cam 1 o \\d+");
    assertThat(page.select(".preview legend").first().text()).startsWith("Beth ddigwyddodd?");
    assertThat(page.select("main p a").first().attr("href"))
        .isEqualTo("/staff/admin/questionnaire?lang=cy");
  }

  @Test
  void the_questionnaire_s_forms_answer_in_welsh_and_their_next_page_stays_welsh()
      throws Exception {
    var admin = staff(fixture.admin);
    var form = client.get("/staff/admin/questionnaire?lang=cy", admin);

    var unchanged =
        client.post(
            "/staff/admin/questionnaire/publish",
            admin,
            Map.of("csrf", formToken(form.body()), "lang", "cy"));
    assertThat(unchanged.statusCode()).isEqualTo(400);
    var refused = Jsoup.parse(unchanged.body());
    assertThat(refused.title()).startsWith("Gwall: Holiadur");
    assertThat(refused.select(".error-summary li").eachText())
        .containsExactly("Newidiwch gwestiwn cyn gwneud fersiwn newydd");

    var noVersion =
        client.post(
            "/staff/admin/questionnaire/current",
            admin,
            Map.of("csrf", formToken(form.body()), "lang", "cy", "version", "none"));
    assertThat(noVersion.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(noVersion.body()).select(".error-summary li").eachText())
        .containsExactly("Dewiswch fersiwn");

    var unknown =
        client.post(
            "/staff/admin/questionnaire/current",
            admin,
            Map.of("csrf", formToken(form.body()), "lang", "cy", "version", "9"));
    assertThat(Jsoup.parse(unknown.body()).select(".error-summary li").eachText())
        .containsExactly("Does dim fersiwn o'r fath");

    var discarded =
        client.post(
            "/staff/admin/questionnaire/discard",
            admin,
            Map.of("csrf", formToken(form.body()), "lang", "cy"));
    assertThat(discarded.headers().firstValue("Location"))
        .hasValue("/staff/admin/questionnaire?done=discarded&lang=cy");
    var notice =
        Jsoup.parse(client.get("/staff/admin/questionnaire?done=discarded&lang=cy", admin).body());
    assertThat(notice.select(".notice").text()).isEqualTo("Mae eich drafft wedi'i daflu.");
  }

  @Test
  void a_version_waiting_for_a_safeguarding_lead_is_refused_in_welsh_saying_what_it_waits_for()
      throws Exception {
    // A draft whose "Is anyone in danger right now?" no longer tells a lead at once, made a
    // version: it waits for a safeguarding lead, and an administrator cannot make it current.
    var questions = fixture.confide.readQuestionnaire().current().questions();
    int index = 0;
    while (!questions.get(index).id().value().equals("immediate-danger")) {
      index++;
    }
    var danger = questions.get(index);
    var quiet =
        new QuestionEntry(
            danger.id().value(),
            Written.of(danger.text()),
            danger.kind().name(),
            danger.required(),
            danger.hint().map(Written::of).orElse(null),
            null,
            danger.options().stream()
                .map(option ->
                    new OptionEntry(option.id().value(), Written.of(option.label()), null))
                .toList());
    var drafts = fixture.confide.editQuestionnaireDraft();
    var english = List.of(Language.parse("en").orElseThrow());
    assertThat(drafts.change(fixture.admin, new ChangeQuestion(index, quiet, english)).isDone())
        .isTrue();
    var published = drafts.publish(fixture.admin).orElseThrow();
    assertThat(published.current()).isFalse();
    var admin = staff(fixture.admin);
    var form = client.get("/staff/admin/questionnaire?lang=cy", admin);

    var reply =
        client.post(
            "/staff/admin/questionnaire/current",
            admin,
            Map.of(
                "csrf",
                formToken(form.body()),
                "lang",
                "cy",
                "version",
                Integer.toString(published.version().value())));

    assertThat(reply.statusCode()).isEqualTo(409);
    assertThat(Jsoup.parse(reply.body()).select(".error-summary li").eachText())
        .containsExactly(
            "Byddai fersiwn "
                + published.version().value()
                + " yn atal opsiynau rhag rhoi gwybod i arweinydd diogelu am adroddiad ar unwaith."
                + " Rhaid i arweinydd diogelu ei chadarnhau cyn y gellir ei gwneud yn gyfredol.");
  }

  @Test
  void the_trends_csv_has_welsh_headings_and_labels_when_welsh_is_asked_for() throws Exception {
    fixture.submit(Fixture.anonymous("One report"));
    var analyst = staff(fixture.analyst);

    var welsh =
        download("/staff/trends.csv?from=2026-01&to=2026-12&by=anonymous&lang=cy", analyst, null);
    var english = download("/staff/trends.csv?from=2026-01&to=2026-12&by=anonymous", analyst, null);

    assertThat(welsh.statusCode()).isEqualTo(200);
    assertThat(welsh.headers().firstValue("Content-Language")).hasValue("cy");
    var lines = welsh.body().split("\r\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo("anonymous,enw,adroddiadau");
    assertThat(lines[1]).isEqualTo("anonymous,Dienw,llai na 5");
    assertThat(lines[2]).startsWith("named,Wedi'i enwi,");
    assertThat(lines[3]).isEqualTo("total,Pob adroddiad,llai na 5");
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    assertThat(english.body()).startsWith("anonymous,label,reports\r\nanonymous,Anonymous,");
    assertThat(welsh.body()).doesNotContain("One report");
  }

  @Test
  void the_dashboard_csv_follows_the_browser_s_language_when_none_is_asked_for() throws Exception {
    var lead = staff(fixture.lead);

    var reply = download("/staff/dashboard.csv?from=2026-11&to=2026-11", lead, "cy,en;q=0.5");

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Language")).hasValue("cy");
    var lines = reply.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "adran,allwedd,enw,adroddiadau,canolrif (diwrnodau gwaith),"
                + "90fed canradd (diwrnodau gwaith),canran o fewn y targed,ar agor,yn hwyr,"
                + "uwchgyfeiriadau");
    assertThat(lines[1]).startsWith("month,2026-11,Tachwedd 2026,");
    assertThat(reply.body())
        .contains("month,total,Pob mis,")
        .contains("workload,total,Pob achos ar agor,")
        .contains("escalation,RAISED,\"Wedi'i godi, heb ei gydnabod eto\",")
        .contains("escalation,total,Pob uwchgyfeiriad a godwyd,");
  }

  @Test
  void the_audit_csv_names_each_action_in_welsh_and_keeps_its_code() throws Exception {
    var admin = staff(fixture.admin);
    var audit = Jsoup.parse(client.get("/staff/admin/audit?lang=cy", admin).body());
    var link = audit.select("a[href^='/staff/admin/audit.csv']").attr("href");
    assertThat(link).isEqualTo("/staff/admin/audit.csv?lang=cy");

    var reply = download(link, admin, null);

    assertThat(reply.headers().firstValue("Content-Language")).hasValue("cy");
    var lines = reply.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "pryd,id,math o weithredwr,cyfrif staff,gweithred,cyfeirnod,manylion,"
                + "y weithred mewn geiriau,y manylion mewn geiriau");
    assertThat(reply.body())
        .contains(",STAFF_LOGGED_IN,")
        .contains(",Aelod o staff wedi mewngofnodi");
  }

  @Test
  void the_api_s_csv_is_in_english_unless_another_language_is_asked_for() throws Exception {
    var token = fixture.analyst.value();

    var plain = api("/api/v1/staff/trends.csv?from=2026-01&to=2026-12&by=month", token, null);
    var welsh = api("/api/v1/staff/trends.csv?from=2026-01&to=2026-12&by=month", token, "cy");

    assertThat(plain.headers().firstValue("Content-Language")).hasValue("en");
    assertThat(plain.body()).startsWith("month,label,reports\r\n2026-01,January 2026,");
    assertThat(welsh.headers().firstValue("Content-Language")).hasValue("cy");
    assertThat(welsh.body()).startsWith("month,enw,adroddiadau\r\n2026-01,Ionawr 2026,");
  }

  @Test
  void the_printable_pages_stylesheet_prints_its_footer_in_the_language_of_the_page()
      throws Exception {
    var welsh = download("/assets/export.css?lang=cy", Map.of(), null);
    var english = download("/assets/export.css", Map.of(), null);

    assertThat(welsh.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(welsh.body())
        .contains("content: \"Tudalen \" counter(page) \" o \" counter(pages) \"\"")
        .contains("content: \"Cyfrinachol\"")
        .doesNotContain("content: \"Confidential\"");
    assertThat(english.body())
        .contains("content: \"Page \" counter(page) \" of \" counter(pages) \"\"")
        .contains("content: \"Confidential\"");
  }

  private HttpResponse<String> download(
      String path, Map<String, String> cookies, String acceptLanguage) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    cookies.forEach((name, value) -> request.header("Cookie", name + "=" + value));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> api(String path, String token, String acceptLanguage)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token)
            .GET();
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> staff(SessionToken token) {
    return Map.of(Pages.STAFF_COOKIE, token.value());
  }
}
