package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.AddNoteUseCase;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff's case-work pages in Welsh over plain HTTP: a real case with a thread, a note and an
 * escalation, its forms answering in Welsh, the lists and figures around it, and the case file
 * exported as a Welsh PDF.
 */
class CaseWorkLanguagesTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base = "http://127.0.0.1:" + app.port();
  private ReportReference reference;

  @BeforeEach
  void aCaseWithAThreadANoteAndAnEscalation() {
    reference =
        fixture
            .submit(
                AReport.anonymous()
                    .messaging(true)
                    .account("Someone followed me home.")
                    .answer("immediate-danger", RawAnswer.of("yes"))
                    .build())
            .reference();
    fixture
        .confide
        .replyToReporter()
        .reply(fixture.lead, new ReplyToReporterUseCase.Command(reference, "We are here to help."))
        .orElseThrow();
    fixture
        .confide
        .addNote()
        .add(fixture.lead, new AddNoteUseCase.Command(reference, "Called the hall warden."))
        .orElseThrow();
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void the_case_page_asked_for_in_welsh_shows_its_thread_notes_and_escalation_in_welsh()
      throws Exception {
    var page = get("/staff/cases/" + reference.display() + "?lang=cy").body();

    assertThat(page)
        .contains("<html lang=\"cy\">")
        .contains("<h1>Achos " + reference.display() + "</h1>")
        .contains("Negeseuon gyda'r sawl sy'n adrodd")
        .contains("We are here to help.")
        .contains("Nodiadau mewnol – byth yn cael eu dangos i'r sawl sy'n adrodd")
        .contains("Called the hall warden.")
        .contains("Wedi'i godi, yn aros am arweinydd")
        .contains("Tachwedd 2026")
        .contains("<input type=\"hidden\" name=\"lang\" value=\"cy\">")
        .contains("hreflang=\"en\"")
        .doesNotContain("Internal notes")
        .doesNotContain("November");
  }

  @Test
  void
      a_note_sent_empty_from_the_welsh_case_page_is_refused_in_welsh_and_a_note_leads_back_in_welsh()
          throws Exception {
    var path = "/staff/cases/" + reference.display();
    var token = formToken(get(path + "?lang=cy").body());

    var refused = post(path + "/note", Map.of("csrf", token, "lang", "cy", "note", " "));
    var added = post(path + "/note", Map.of("csrf", token, "lang", "cy", "note", "Rang back."));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<html lang=\"cy\">")
        .contains("Mae problem")
        .contains("Ysgrifennwch y nodyn")
        .doesNotContain("must not be blank");
    assertThat(added.statusCode()).isEqualTo(303);
    assertThat(added.headers().firstValue("Location").orElseThrow())
        .isEqualTo(path + "?done=noted&lang=cy");
    assertThat(get(path + "?done=noted&lang=cy").body())
        .contains("Mae eich nodyn wedi'i ychwanegu.");
  }

  @Test
  void the_lists_and_figures_around_a_case_are_welsh_when_asked_for() throws Exception {
    var headings =
        Map.of(
            "/staff/cases?view=all", "Achosion",
            "/staff/escalations", "Uwchgyfeiriadau agored",
            "/staff/alerts", "Rhybuddion patrwm",
            "/staff/trends", "Tueddiadau",
            "/staff/dashboard", "Dangosfwrdd y gwasanaeth",
            "/staff/admin/audit", "Trywydd archwilio",
            "/staff/subject-access", "Mynediad at ddata gwrthrych",
            "/staff/questionnaire-changes", "Newidiadau i'r holiadur");

    for (var page : headings.entrySet()) {
      var body = get(page.getKey() + (page.getKey().contains("?") ? "&" : "?") + "lang=cy").body();
      assertThat(body)
          .as(page.getKey())
          .contains("<html lang=\"cy\">")
          .contains("<h1>" + page.getValue() + "</h1>");
    }
  }

  @Test
  void the_dashboard_draws_its_charts_in_welsh() throws Exception {
    var page = Jsoup.parse(get("/staff/dashboard?lang=cy").body());

    assertThat(page.select("svg title").eachText())
        .anyMatch(title -> title.startsWith("Adroddiadau a ddaeth i law fesul mis, "))
        .anyMatch(title -> title.startsWith("Diwrnodau gwaith tan ateb cyntaf y staff fesul mis"))
        .anyMatch(title -> title.startsWith("Uwchgyfeiriadau a godwyd o "));
    assertThat(page.select("svg desc").text()).doesNotContain("working day");
    assertThat(page.select("table.figures th[scope=col]").eachText())
        .contains("Mis", "Adroddiadau", "90fed canradd");
  }

  @Test
  void the_case_file_exported_from_the_welsh_page_is_a_welsh_pdf() throws Exception {
    var path = "/staff/cases/" + reference.display();
    var token = formToken(get(path + "?lang=cy").body());

    var pdf =
        postForBytes(
            path + "/export",
            Map.of(
                "csrf", token,
                "lang", "cy",
                "export-reason", "Panel disgyblu",
                "export-notes", "yes",
                "format", "pdf"));

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    try (var document = Loader.loadPDF(pdf.body())) {
      var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Ffeil achos " + reference.display())
          .contains("Panel disgyblu")
          .contains("Negeseuon")
          .contains("We are here to help.")
          .contains("Nodiadau mewnol")
          .contains("Called the hall warden.")
          .contains("Uwchgyfeiriadau a phenderfyniadau")
          .contains("Tachwedd 2026")
          .contains("Tudalen 1 o")
          .doesNotContain("Case file")
          .doesNotContain("Internal notes");
    }
  }

  private static String formToken(String page) {
    var token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Cookie", Pages.STAFF_COOKIE + "=" + fixture.lead.value())
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    return client.send(postRequest(path, form), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> postForBytes(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    return client.send(postRequest(path, form), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest postRequest(String path, Map<String, String> form) {
    var body =
        new LinkedHashMap<>(form)
            .entrySet().stream()
                .map(
                    e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", base)
        .header("Cookie", Pages.STAFF_COOKIE + "=" + fixture.lead.value())
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
