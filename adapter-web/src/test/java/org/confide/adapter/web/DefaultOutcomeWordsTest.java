package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.rendering.ExportDocuments;
import org.confide.application.port.in.ExportCaseUseCase;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ReportReference;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outcomes Confide ships are read in every language offered, from the bundles, wherever an
 * outcome is shown (the API's lists, the case page, the case list's filter, the trends CSV, the
 * audit trail), until the organisation words one itself, when its own words are shown as written;
 * and the audit trail says an outcome, a trend's dimensions and months in words while its English
 * record keeps the codes.
 */
class DefaultOutcomeWordsTest {

  private static final String NOVEMBER = "from=2026-11&to=2026-11";

  private final Api api = new Api();
  private final String admin = api.logIn("admin@example.ac.uk");
  private final String adviser = api.logIn("adviser@example.ac.uk");
  private final String reference = api.reportAnonymously("What happened.");

  @AfterEach
  void stop() {
    api.close();
  }

  private void closeWith(String outcome) {
    var body = Map.<String, Object>of("status", "CLOSED", "reason", "Done", "outcome", outcome);
    assertThat(api.post("/api/v1/staff/cases/" + reference + "/status", adviser, body).status())
        .isEqualTo(204);
  }

  private String page(String path, String token) {
    var reply = api.call(path).header("Cookie", "confide_staff=" + token).send("GET", null);
    assertThat(reply.status()).as(path).isEqualTo(200);
    return reply.body();
  }

  @Test
  void the_api_answers_the_defaults_in_welsh_even_saved_as_they_were_and_own_words_as_written() {
    var welsh = api.get("/api/v1/admin/outcomes?lang=cy", adviser);
    assertThat(welsh.header("Content-Language")).isEqualTo("cy");
    var labels = new java.util.ArrayList<String>();
    welsh.json().get("outcomes").forEach(entry -> labels.add(entry.get("label").asText()));
    assertThat(labels)
        .containsExactly(
            "Cymorth wedi'i roi",
            "Cwyn ffurfiol wedi'i gwneud",
            "Wedi'i atgyfeirio i rywle arall",
            "Dim camau pellach",
            "Dim ymateb gan y sawl sy'n adrodd");
    // The form saved is Confide's English, as before.
    assertThat(welsh.json().at("/outcomes/0/labels/en").asText()).isEqualTo("Support provided");

    // Saved as they were (a plain first-language text, as the page's first box sends it), with
    // one reworded and one of the organisation's own: the defaults are still Confide's.
    var saved =
        api.put(
            "/api/v1/admin/outcomes",
            admin,
            Map.of(
                "outcomes",
                List.of(
                    "Support provided", "Referred Elsewhere", "Mediation", "No further action")));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    var after = api.get("/api/v1/admin/outcomes?lang=cy", adviser).json();
    assertThat(after.at("/outcomes/0/label").asText()).isEqualTo("Cymorth wedi'i roi");
    assertThat(after.at("/outcomes/0/labels").asText()).isEqualTo("Support provided");
    assertThat(after.at("/outcomes/1/label").asText()).isEqualTo("Referred Elsewhere");
    assertThat(after.at("/outcomes/2/label").asText()).isEqualTo("Mediation");
    assertThat(after.at("/outcomes/3/label").asText()).isEqualTo("Dim camau pellach");
    assertThat(api.get("/api/v1/admin/outcomes", adviser).json().at("/outcomes/3/label").asText())
        .isEqualTo("No further action");
  }

  @Test
  void a_welsh_case_page_and_case_list_show_the_defaults_in_welsh() {
    var open = Jsoup.parse(page("/staff/cases/" + reference + "?lang=cy", adviser));
    assertThat(open.select("select[name=outcome] option").eachText())
        .contains("Cymorth wedi'i roi", "Dim camau pellach")
        .doesNotContain("Support provided", "No further action");

    closeWith("no-further-action");

    var closed = Jsoup.parse(page("/staff/cases/" + reference + "?lang=cy", adviser));
    assertThat(closed.select("#closed-with").text()).contains("Dim camau pellach");
    assertThat(closed.select("#closed-with").text()).doesNotContain("No further action");
    var english = Jsoup.parse(page("/staff/cases/" + reference, adviser));
    assertThat(english.select("#closed-with").text()).contains("No further action");

    // The printable export in Welsh, as the case page's export form makes it.
    var export =
        api.fixture
            .confide
            .exportCase()
            .export(
                api.fixture.adviser,
                new ExportCaseUseCase.Command(
                    ReportReference.read(reference).orElseThrow(), "Panel", false))
            .orElseThrow();
    var languages = Languages.shipped();
    var printed =
        new ExportDocuments(languages)
            .caseHtml(
                export,
                ZoneId.of("Europe/London"),
                java.util.Optional.empty(),
                languages.of(Language.WELSH).orElseThrow());
    assertThat(Jsoup.parse(printed).select(".closed-with dd").first().text())
        .isEqualTo("Dim camau pellach");
    // A default is worded in the export's language: nothing to mark.
    assertThat(Jsoup.parse(printed).select(".closed-with dd [lang]")).isEmpty();

    var list = Jsoup.parse(page("/staff/cases?view=all&lang=cy", adviser));
    assertThat(list.select("select[name=outcome] option").eachText())
        .contains("Cwyn ffurfiol wedi'i gwneud", "Dim camau pellach")
        .doesNotContain("Formal complaint made");
  }

  @Test
  void the_trends_csv_and_the_audit_trail_say_the_outcome_in_the_language_asked_for() {
    closeWith("formal-complaint-made");

    var trends = api.get("/api/v1/staff/trends.csv?" + NOVEMBER + "&by=outcome&lang=cy", admin);
    assertThat(trends.status()).isEqualTo(200);
    assertThat(trends.body())
        .contains("formal-complaint-made,Cwyn ffurfiol wedi'i gwneud,")
        .contains("no-further-action,Dim camau pellach,")
        .doesNotContain("Formal complaint made");

    var welsh = api.get("/api/v1/admin/audit.csv?action=OUTCOME_RECORDED&lang=cy", admin).body();
    // The English record keeps the key for programs; the words are the reader's.
    assertThat(welsh)
        .contains(",outcome formal-complaint-made,")
        .contains(",canlyniad Cwyn ffurfiol wedi'i gwneud\r\n");
    var english = api.get("/api/v1/admin/audit.csv?action=OUTCOME_RECORDED", admin).body();
    assertThat(english).contains(",outcome Formal complaint made\r\n");

    var read = api.get("/api/v1/admin/audit?action=TRENDS_READ&lang=cy", admin).json();
    var event = read.get("events").get(0);
    assertThat(event.get("detail").asText()).isEqualTo("2026-11..2026-11 by outcome");
    assertThat(event.get("detailInWords").asText())
        .isEqualTo("Tachwedd 2026 hyd at Tachwedd 2026 yn ôl Canlyniad achosion a gaewyd");

    var page =
        Jsoup.parse(page("/staff/admin/audit?lang=cy&action=OUTCOME_RECORDED", admin))
            .select("tbody tr td")
            .last();
    assertThat(page.text()).isEqualTo("canlyniad Cwyn ffurfiol wedi'i gwneud");
    // Confide's words for a default are the page's own: nothing to mark.
    assertThat(page.select("[lang]")).isEmpty();
  }

  @Test
  void the_audit_page_marks_an_organisations_own_outcome_written_in_another_language() {
    var saved =
        api.put(
            "/api/v1/admin/outcomes",
            admin,
            Map.of("outcomes", List.of(Map.of("en", "Mediation agreed"))));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    closeWith("mediation-agreed");

    var welsh =
        Jsoup.parse(page("/staff/admin/audit?lang=cy&action=OUTCOME_RECORDED", admin))
            .select("tbody tr td")
            .last();
    assertThat(welsh.text()).isEqualTo("canlyniad Mediation agreed");
    assertThat(welsh.select("span[lang=en]").text()).isEqualTo("Mediation agreed");
    var english =
        Jsoup.parse(page("/staff/admin/audit?action=OUTCOME_RECORDED", admin))
            .select("tbody tr td")
            .last();
    assertThat(english.text()).isEqualTo("outcome Mediation agreed");
    assertThat(english.select("[lang]")).isEmpty();
    // The CSV is plain text: the words, unmarked.
    assertThat(api.get("/api/v1/admin/audit.csv?action=OUTCOME_RECORDED&lang=cy", admin).body())
        .contains(",canlyniad Mediation agreed\r\n");
  }
}
