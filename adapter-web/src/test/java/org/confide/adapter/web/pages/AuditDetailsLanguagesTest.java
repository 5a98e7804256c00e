package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.testing.Fixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's details in the reader's language, over HTTP: the page, its CSV and the API say
 * a coded detail in the language asked for and keep the English record beside it in the CSV and the
 * API; a detail recorded before details were coded is shown as recorded, marked English.
 */
class AuditDetailsLanguagesTest {

  private static final String OLD = "version 3 in place of version 2";

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final String base = "http://127.0.0.1:" + app.port();
  private final PageClient client = new PageClient(base);
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void anOldEventAndACodedOne() {
    // Recorded before details were coded: the English alone.
    fixture
        .ports
        .auditTrail()
        .append(
            AuditEvent.of(
                new AuditEventId(UUID.randomUUID()),
                fixture.clock.instant().minusSeconds(3600),
                Actor.system(),
                AuditAction.QUESTIONNAIRE_PUT_IN_USE,
                OLD));
    // Coded: the check of the chain, "whole; 2 events".
    assertThat(fixture.confide.verifyAuditTrail().verify(fixture.admin).isDone()).isTrue();
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void the_page_in_welsh_says_a_coded_detail_in_welsh_and_an_old_one_as_recorded_in_english()
      throws Exception {
    var page =
        Jsoup.parse(
            client.get("/staff/admin/audit?lang=cy&action=AUDIT_TRAIL_VERIFIED", staff()).body());
    var verified = page.select("tbody tr td").last();
    assertThat(verified.text()).matches("cyfan; \\d+ (d|dd)igwyddiad");
    assertThat(verified.hasAttr("lang")).isFalse();

    var old =
        Jsoup.parse(
                client
                    .get("/staff/admin/audit?lang=cy&action=QUESTIONNAIRE_PUT_IN_USE", staff())
                    .body())
            .select("tbody tr td")
            .last();
    assertThat(old.text()).isEqualTo(OLD);
    assertThat(old.attr("lang")).isEqualTo("en");

    var english =
        Jsoup.parse(client.get("/staff/admin/audit?action=AUDIT_TRAIL_VERIFIED", staff()).body())
            .select("tbody tr td")
            .last();
    assertThat(english.text()).matches("whole; \\d+ events");
  }

  @Test
  void the_csv_in_welsh_keeps_the_english_detail_and_adds_it_in_welsh_words() throws Exception {
    var reply = download("/staff/admin/audit.csv?lang=cy", staff());

    assertThat(reply.headers().firstValue("Content-Language")).hasValue("cy");
    var lines = reply.body().split("\r\n");
    assertThat(lines[0]).endsWith(",manylion,y weithred mewn geiriau,y manylion mewn geiriau");
    assertThat(reply.body())
        .containsPattern(",AUDIT_TRAIL_VERIFIED,,whole; \\d+ events,[^,]+,cyfan; \\d+ d?digwyddiad")
        .contains(",QUESTIONNAIRE_PUT_IN_USE,," + csv(OLD) + ",")
        .contains("," + csv(OLD) + "\r\n");
  }

  @Test
  void the_api_gives_the_detail_in_english_and_in_words_in_the_language_asked_for()
      throws Exception {
    var mapper = new ObjectMapper();
    var path = "/api/v1/admin/audit?action=AUDIT_TRAIL_VERIFIED";

    var welsh = api(path + "&lang=cy", null);
    var byHeader = api(path, "cy-GB,en;q=0.5");
    var plain = api(path, null);

    assertThat(welsh.headers().firstValue("Content-Language")).hasValue("cy");
    for (var reply : new HttpResponse[] {welsh, byHeader}) {
      var event = mapper.readTree((String) reply.body()).get("events").get(0);
      assertThat(event.get("detail").asText()).matches("whole; \\d+ events");
      assertThat(event.get("detailInWords").asText()).matches("cyfan; \\d+ d?digwyddiad");
    }
    var event = mapper.readTree(plain.body()).get("events").get(0);
    assertThat(event.get("detailInWords").asText()).isEqualTo(event.get("detail").asText());

    var old =
        mapper
            .readTree(
                api("/api/v1/admin/audit?action=QUESTIONNAIRE_PUT_IN_USE&lang=cy", null).body())
            .get("events")
            .get(0);
    assertThat(old.get("detail").asText()).isEqualTo(OLD);
    assertThat(old.get("detailInWords").asText()).isEqualTo(OLD);
  }

  @Test
  void a_page_changed_is_named_by_its_title_and_language_in_words_in_both_languages()
      throws Exception {
    fixture
        .confide
        .changeOrganisationPage()
        .change(
            fixture.admin,
            new org.confide.application.port.in.ChangeOrganisationPageUseCase.Command(
                org.confide.domain.content.PageKey.SUPPORT,
                org.confide.domain.shared.Language.WELSH,
                "Cymorth",
                "Ffoniwch ni."))
        .orElseThrow();

    var welsh =
        Jsoup.parse(client.get("/staff/admin/audit?lang=cy&action=PAGE_CHANGED", staff()).body())
            .select("tbody tr td")
            .last();
    assertThat(welsh.text()).isEqualTo("Cymorth i chi ac i ffrind (Cymraeg)");
    var english =
        Jsoup.parse(client.get("/staff/admin/audit?action=PAGE_CHANGED", staff()).body())
            .select("tbody tr td")
            .last();
    assertThat(english.text()).isEqualTo("Support for you and for a friend (Cymraeg)");
    // A language's own name is in that language: marked on the English page, not on the Welsh.
    assertThat(english.select("span[lang]")).hasSize(1);
    assertThat(english.select("span[lang=cy]").text()).isEqualTo("Cymraeg");
    assertThat(welsh.select("[lang]")).isEmpty();

    // The CSV keeps the English record, codes and all, for programs, beside the words.
    assertThat(download("/staff/admin/audit.csv?action=PAGE_CHANGED", staff()).body())
        .contains(",PAGE_CHANGED,,support cy,")
        .contains(",Support for you and for a friend (Cymraeg)\r\n");
    assertThat(download("/staff/admin/audit.csv?action=PAGE_CHANGED&lang=cy", staff()).body())
        .contains(",PAGE_CHANGED,,support cy,")
        .contains(",Cymorth i chi ac i ffrind (Cymraeg)\r\n");
  }

  private static String csv(String cell) {
    return cell.contains(",") ? "\"" + cell + "\"" : cell;
  }

  private Map<String, String> staff() {
    return Map.of(Pages.STAFF_COOKIE, fixture.admin.value());
  }

  private HttpResponse<String> download(String path, Map<String, String> cookies) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    cookies.forEach((name, value) -> request.header("Cookie", name + "=" + value));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> api(String path, String acceptLanguage) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + fixture.admin.value())
            .GET();
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
