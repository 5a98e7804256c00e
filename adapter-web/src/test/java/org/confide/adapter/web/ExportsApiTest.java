package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exports over the API: a case file as a PDF (read back with PDFBox) or a printable page, for
 * whoever may open the case; what is held about a named reporter as JSON or a page, for leads and
 * administrators; each refused plainly when it may not be made.
 */
class ExportsApiTest {

  private static final String ACCOUNT = "He shouted at me in the chemistry lab on Tuesday.";
  private static final String REPLY = "Thank you for telling us. We are here to help.";
  private static final String NOTE = "Spoke to the head of department.";

  private final Api api = new Api();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String reference;
  private final String adviser;

  ExportsApiTest() {
    var receipt = api.post("/api/v1/reports", null, Api.anonymousReport(ACCOUNT));
    reference = receipt.json().get("reference").asText();
    var reporter =
        api.post(
                "/api/v1/reporter/session",
                null,
                Map.of("accessCode", receipt.json().get("accessCode").asText()))
            .json()
            .get("token")
            .asText();
    api.post(
        "/api/v1/reporter/contact",
        reporter,
        Map.of("name", "Sam Reporter", "email", "Sam@Example.ac.uk", "phone", ""));
    adviser = api.logIn("adviser@example.ac.uk");
    api.post(
        "/api/v1/staff/cases/" + reference + "/assignment",
        adviser,
        Map.of("assignee", "adviser@example.ac.uk"));
    api.post("/api/v1/staff/cases/" + reference + "/messages", adviser, Map.of("body", REPLY));
    api.post("/api/v1/staff/cases/" + reference + "/notes", adviser, Map.of("body", NOTE));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private String export() {
    return "/api/v1/staff/cases/" + reference + "/export";
  }

  private HttpResponse<byte[]> pdf(String token, Map<String, Object> body)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.app.port() + export()))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Api.MAPPER.writeValueAsString(body)))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void the_pdf_holds_the_case_texts_and_the_notes_only_when_asked_for() throws Exception {
    var without = pdf(adviser, Map.of("reason", "Disciplinary panel, 3 December"));
    var with = pdf(adviser, Map.of("reason", "Complaint panel", "includeNotes", true));

    assertThat(without.statusCode()).isEqualTo(200);
    assertThat(without.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(without.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    // A shared computer keeps no copy of a case file.
    assertThat(without.headers().firstValue("Cache-Control")).contains("no-store, max-age=0");
    var plain = text(without.body());
    assertThat(plain)
        .contains(ACCOUNT, REPLY, "Sam Reporter", "Sam@Example.ac.uk")
        .contains("Disciplinary panel, 3 December", "Alex Adviser")
        .doesNotContain(NOTE);
    assertThat(text(with.body())).contains(ACCOUNT, NOTE, "Complaint panel");
  }

  @Test
  void a_closed_case_shows_its_outcome_and_tags_on_the_page_and_in_the_pdf() throws Exception {
    var admin = api.logIn("admin@example.ac.uk");
    api.put("/api/v1/admin/tags", admin, Map.of("tags", java.util.List.of("Repeat report")));
    var closed =
        api.post(
            "/api/v1/staff/cases/" + reference + "/status",
            adviser,
            Map.of(
                "status", "CLOSED",
                "reason", "Resolved",
                "outcome", "formal-complaint-made",
                "tags", java.util.List.of("repeat-report")));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(204);

    var page = api.post(export(), adviser, Map.of("reason", "Panel", "format", "html"));
    var pdf = text(pdf(adviser, Map.of("reason", "Panel")).body());

    assertThat(page.body()).contains("<dt>Outcome</dt><dd>Formal complaint made</dd>");
    assertThat(page.body()).contains("<dt>Tags</dt><dd>Repeat report</dd>");
    assertThat(pdf).contains("Outcome Formal complaint made", "Tags Repeat report");
  }

  @Test
  void the_printable_page_is_the_same_file_without_navigation() {
    var page = api.post(export(), adviser, Map.of("reason", "Panel", "format", "html"));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body())
        .contains(ACCOUNT, REPLY, "/assets/export.css")
        .doesNotContain("<nav", "/staff/sign-out", "<dt>Outcome</dt>");
  }

  @Test
  void a_missing_reason_or_an_unknown_format_is_refused_naming_it() {
    var missing = api.post(export(), adviser, Map.of("includeNotes", true));
    var format = api.post(export(), adviser, Map.of("reason", "Panel", "format", "docx"));
    var notes = api.post(export(), adviser, Map.of("reason", "Panel", "includeNotes", "yes"));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.fields()).containsExactly("reason");
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.fields()).containsExactly("format");
    assertThat(notes.status()).isEqualTo(400);
  }

  @Test
  void who_may_not_open_the_case_may_not_export_it() {
    var other = api.logIn("other@example.ac.uk");
    var analyst = api.logIn("analyst@example.ac.uk");
    var admin = api.logIn("admin@example.ac.uk");

    var notTheirs = api.post(export(), other, Map.of("reason", "Panel"));
    var nowhere =
        api.post("/api/v1/staff/cases/ABCDE-FGHJK/export", other, Map.of("reason", "Panel"));

    assertThat(notTheirs.status()).isEqualTo(404);
    assertThat(notTheirs.body()).isEqualTo(nowhere.body());
    assertThat(api.post(export(), analyst, "not json").status()).isEqualTo(403);
    assertThat(api.post(export(), admin, Map.of("reason", "Panel")).status()).isEqualTo(403);
    assertThat(api.post(export(), null, Map.of("reason", "Panel")).status()).isEqualTo(401);
  }

  @Test
  void a_lead_exports_what_is_held_about_a_reporter_as_json() {
    var lead = api.logIn("lead@example.ac.uk");

    var data =
        api.post(
            "/api/v1/staff/subject-access",
            lead,
            Map.of("email", "sam@example.ac.uk", "reason", "Email of 1 December"));

    assertThat(data.status()).as(data.toString()).isEqualTo(200);
    var report = data.json().get("reports").get(0);
    assertThat(report.get("reference").asText()).isEqualTo(reference);
    assertThat(report.get("account").asText()).isEqualTo(ACCOUNT);
    assertThat(report.get("contact").get("name").asText()).isEqualTo("Sam Reporter");
    assertThat(report.get("messages").get(0).get("body").asText()).isEqualTo(REPLY);
    assertThat(report.get("messages").get(0).get("from").asText()).isEqualTo("STAFF");
    assertThat(data.body()).doesNotContain(NOTE, "Alex Adviser");
  }

  @Test
  void an_administrator_gets_a_printable_page_and_an_adviser_is_refused() {
    var admin = api.logIn("admin@example.ac.uk");
    var body = new LinkedHashMap<String, Object>();
    body.put("email", "sam@example.ac.uk");
    body.put("reason", "Letter of 2 December");
    body.put("format", "html");

    var page = api.post("/api/v1/staff/subject-access", admin, body);
    var refused = api.post("/api/v1/staff/subject-access", adviser, "not json");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains(ACCOUNT, "Sam Reporter").doesNotContain("<nav");
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void an_address_that_is_not_one_and_a_missing_reason_are_named() {
    var lead = api.logIn("lead@example.ac.uk");

    var bad = api.post("/api/v1/staff/subject-access", lead, Map.of("email", "sam", "reason", " "));
    var missing = api.post("/api/v1/staff/subject-access", lead, Map.of());

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fields()).containsExactly("email", "reason");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.fields()).containsExactlyInAnyOrder("email", "reason");
  }
}
