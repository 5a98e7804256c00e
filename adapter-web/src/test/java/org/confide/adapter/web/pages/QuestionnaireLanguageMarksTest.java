package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.adapter.web.VersionLackingWelsh.DETAIL_HINT;
import static org.confide.adapter.web.VersionLackingWelsh.DETAIL_IN_WELSH;
import static org.confide.adapter.web.VersionLackingWelsh.WHERE;
import static org.confide.adapter.web.VersionLackingWelsh.WHERE_HINT;
import static org.confide.adapter.web.VersionLackingWelsh.WHERE_LABELS;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.confide.adapter.web.VersionLackingWelsh;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A questionnaire version that lacks Welsh for some texts, shown on Welsh pages over plain HTTP
 * (issue 24): the texts it lacks are shown as first written and each is marked with its language
 * ({@code lang="en"}) on the smallest element holding it, on the reporter's steps, the check before
 * sending, the reporter's own report, the case page and the printable case file; the texts it has
 * in Welsh carry no {@code lang}, and neither do a date or what the reporter wrote.
 */
class QuestionnaireLanguageMarksTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final PageClient http = new PageClient("http://127.0.0.1:" + app.port());

  @BeforeEach
  void aVersionLackingWelsh() {
    VersionLackingWelsh.inUse(fixture.ports.questionnaires(), fixture.clock.instant());
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void the_welsh_step_marks_the_texts_the_version_lacks_in_welsh_and_no_other() throws Exception {
    var visit = http.visit();
    var step = Jsoup.parse(postInWelsh(visit, step1()).body());

    assertThat(step.selectFirst("html").attr("lang")).isEqualTo("cy");
    assertThat(step.selectFirst("h1").text()).startsWith("Cam 2 o 10");
    var where = field(step, "answers.where");
    // The question alone is marked, not the whole field.
    assertThat(where.selectFirst("legend span[lang=en]").text()).isEqualTo(WHERE);
    assertThat(where.select("fieldset[lang], div[lang], legend[lang]")).isEmpty();
    assertThat(where.selectFirst("p.hint").attr("lang")).isEqualTo("en");
    assertThat(where.selectFirst("p.hint").text()).isEqualTo(WHERE_HINT);
    assertThat(where.select("label").eachAttr("lang")).containsOnly("en").hasSize(3);
    assertThat(where.select("label").eachText()).isEqualTo(WHERE_LABELS);

    var detail = field(step, "answers.location-detail");
    assertThat(detail.selectFirst("label.question").text()).startsWith(DETAIL_IN_WELSH);
    assertThat(detail.select("label.question [lang], label.question[lang]")).isEmpty();
    assertThat(detail.selectFirst("#answers-location-detail-hint").attr("lang")).isEqualTo("en");
    assertThat(detail.selectFirst("#answers-location-detail-hint").text()).isEqualTo(DETAIL_HINT);

    // Texts Confide ships, in Welsh: nothing marked.
    var role = field(step, "answers.reporter-role");
    assertThat(role.selectFirst("legend").text())
        .startsWith("Pa un o'r rhain sy'n eich disgrifio chi orau?");
    assertThat(role.select("[lang]")).isEmpty();
  }

  @Test
  void the_same_step_in_english_marks_nothing() throws Exception {
    var visit = http.visit();
    var form = step1();
    form.put("lang", "en");
    form.put("csrf", visit.token());
    var step = Jsoup.parse(http.post("/report", visit.cookies(), form).body());

    assertThat(step.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(field(step, "answers.where").selectFirst("legend").text()).startsWith(WHERE);
    assertThat(step.select("main form [lang]")).isEmpty();
  }

  @Test
  void the_welsh_check_before_sending_marks_the_question_its_answer_and_its_change_button()
      throws Exception {
    var visit = http.visit();
    var form = new LinkedHashMap<String, String>();
    form.put("answers.incident-type", "bullying");
    form.put("answers.where", "online");
    form.put("answers.location-detail", "Yn y llyfrgell");
    form.put("answers.reporter-role", "student");
    form.put("answers.affected-person", "me");
    form.put("answers.under-18", "no");
    form.put("answers.immediate-danger", "no");
    form.put("account", "Digwyddodd yn y llyfrgell.");
    form.put("anonymity", "anonymous");
    form.put("messaging", "yes");
    form.put("step", "9");
    form.put("go", "next");

    var review = Jsoup.parse(postInWelsh(visit, form).body());

    assertThat(review.selectFirst("h1").text()).startsWith("Cam 10 o 10");
    var where = row(review, WHERE);
    assertThat(where.selectFirst("dt").attr("lang")).isEqualTo("en");
    assertThat(where.selectFirst("dd").attr("lang")).isEqualTo("en");
    assertThat(where.selectFirst("dd").text()).isEqualTo("On the internet");
    assertThat(where.selectFirst("button .visually-hidden").attr("lang")).isEqualTo("en");
    assertThat(where.selectFirst("button").ownText()).isEqualTo("Newid");

    var detail = row(review, DETAIL_IN_WELSH);
    assertThat(detail.select("[lang]")).isEmpty();
    assertThat(detail.selectFirst("dd").text()).isEqualTo("Yn y llyfrgell");
    var role = row(review, "Pa un o'r rhain sy'n eich disgrifio chi orau?");
    assertThat(role.select("[lang]")).isEmpty();
    assertThat(role.selectFirst("dd").text()).isEqualTo("Myfyriwr");
    assertThat(review.select("dl.answers [lang]")).hasSize(3);
  }

  @Test
  void the_welsh_report_page_case_page_and_printed_case_file_mark_the_answer_to_that_question()
      throws Exception {
    var receipt =
        fixture.submit(
            AReport.anonymous()
                .questionnaireVersion(3)
                .answer("where", RawAnswer.of("online"))
                .answer("location-detail", RawAnswer.of("Yn y llyfrgell"))
                .answer("when", RawAnswer.of("2026-10-01"))
                .account("Digwyddodd yn y llyfrgell.")
                .build());
    var reporter = http.reporterSignIn(http.visit(), receipt.accessCode().orElseThrow().display());

    var mine = Jsoup.parse(http.get("/my-report?lang=cy", reporter).body());
    var reference = receipt.reference();
    var casePage = Jsoup.parse(staffGet("/staff/cases/" + reference.display() + "?lang=cy"));
    var printed = Jsoup.parse(printed(reference, casePage));

    for (var page : List.of(mine, casePage, printed)) {
      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
      var where = row(page, WHERE);
      assertThat(where.selectFirst("dt").attr("lang")).isEqualTo("en");
      assertThat(where.selectFirst("dd").attr("lang")).isEqualTo("en");
      assertThat(where.selectFirst("dd").text()).isEqualTo("On the internet");
      // The Welsh question carries no lang, nor what the reporter wrote, nor a date.
      assertThat(row(page, DETAIL_IN_WELSH).select("[lang]")).isEmpty();
      assertThat(row(page, DETAIL_IN_WELSH).selectFirst("dd").text()).isEqualTo("Yn y llyfrgell");
      assertThat(row(page, "Pryd digwyddodd hyn?").select("[lang]")).isEmpty();
      assertThat(row(page, "Beth ddigwyddodd?").select("[lang]")).isEmpty();
      assertThat(page.select("dl [lang]")).hasSize(2);
    }
  }

  /** The first step answered, going on to the second. */
  @Test
  void a_problem_naming_a_question_the_version_lacks_in_welsh_marks_the_question_alone()
      throws Exception {
    var visit = http.visit();
    postInWelsh(visit, step1());
    var form = new LinkedHashMap<String, String>();
    form.put("step", "2");
    form.put("go", "next");

    var step = Jsoup.parse(postInWelsh(visit, form).body());

    var summary = step.selectFirst(".error-summary a[href=#answers-where]");
    assertThat(summary.text()).isEqualTo("Atebwch y cwestiwn \u201c" + WHERE + "\u201d");
    assertThat(summary.select("[lang]"))
        .extracting(e -> e.text() + "|" + e.attr("lang"))
        .containsExactly(WHERE + "|en");
    var error = field(step, "answers.where").selectFirst(".error-message");
    assertThat(error.select("span[lang=en]").text()).isEqualTo(WHERE);
    // A question Confide ships, in Welsh: its problem holds nothing marked.
    var role = step.selectFirst(".error-summary a[href=#answers-reporter-role]");
    assertThat(role.text()).contains("Pa un o'r rhain sy'n eich disgrifio chi orau?");
    assertThat(role.select("[lang]")).isEmpty();
  }

  private static Map<String, String> step1() {
    var form = new LinkedHashMap<String, String>();
    form.put("answers.incident-type", "bullying");
    form.put("step", "1");
    form.put("go", "next");
    return form;
  }

  /** The field of the form named {@code name}. */
  private static Element field(Document page, String name) {
    return page.select("div.field").stream()
        .filter(field -> !field.select("[name='" + name + "']").isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + name));
  }

  /** The {@code dt}-and-{@code dd} row of an answer whose question starts {@code question}. */
  private static Element row(Document page, String question) {
    return page.select("dl div").stream()
        .filter(row -> row.selectFirst("dt") != null)
        .filter(row -> row.selectFirst("dt").text().startsWith(question))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answer to " + question));
  }

  private HttpResponse<String> postInWelsh(PageClient.Visit visit, Map<String, String> fields)
      throws Exception {
    var form = new LinkedHashMap<>(fields);
    form.put("csrf", visit.token());
    form.put("lang", "cy");
    return http.post("/report", visit.cookies(), form);
  }

  private String staffGet(String path) throws Exception {
    return http.get(path, Map.of(Pages.STAFF_COOKIE, fixture.lead.value())).body();
  }

  /** The case file as the printable page, exported from the Welsh case page. */
  private String printed(ReportReference reference, Document casePage) throws Exception {
    var token = casePage.selectFirst("input[name=csrf]").attr("value");
    var base = "http://127.0.0.1:" + app.port();
    var body =
        Map.of(
                "csrf", token,
                "lang", "cy",
                "export-reason", "Panel disgyblu",
                "format", "page")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base + "/staff/cases/" + reference.display() + "/export"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base)
                    .header("Cookie", Pages.STAFF_COOKIE + "=" + fixture.lead.value())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return reply.body();
  }
}
