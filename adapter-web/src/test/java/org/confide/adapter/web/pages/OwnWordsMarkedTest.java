package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.adapter.web.pages.PageClient.formToken;

import io.javalin.Javalin;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.ChangeClosingChoicesUseCase;
import org.confide.application.port.in.ChangeServiceUseCase;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Option;
import org.confide.domain.questionnaire.Question;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.SafeguardingSignal;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.settings.ServiceChange;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The organisation's own words on the staff's pages and the case export, over plain HTTP: a text
 * written only in the first language, shown on a Welsh page, is marked {@code lang="en"} on the
 * element holding it and on no other; a text written in the page's language is not marked.
 */
class OwnWordsMarkedTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final PageClient client = new PageClient("http://127.0.0.1:" + app.port());
  private final Map<String, String> adviser = Map.of(Pages.STAFF_COOKIE, fixture.adviser.value());

  @AfterEach
  void stop() {
    app.stop();
  }

  private static Map<Language, String> texts(String english, String welsh) {
    var texts = new LinkedHashMap<Language, String>();
    texts.put(Language.ENGLISH, english);
    texts.put(Language.WELSH, welsh);
    return texts;
  }

  private void name(OwnText.Typed name) {
    var change =
        new ServiceChange(
            name,
            2192,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            14);
    assertThat(
            fixture
                .confide
                .changeService()
                .change(fixture.admin, new ChangeServiceUseCase.Command(change))
                .isDone())
        .isTrue();
  }

  /**
   * Outcomes and tags of the organisation's own (none of Confide's defaults, which are worded from
   * the bundles), one of each written in both languages and one in English alone.
   */
  private void outcomesAndTags() {
    for (var list : ChoiceList.values()) {
      var prefix = list == ChoiceList.OUTCOMES ? "" : "Tag ";
      fixture
          .confide
          .changeClosingChoices()
          .change(
              fixture.admin,
              new ChangeClosingChoicesUseCase.Command(
                  list,
                  List.of(
                      OwnText.Typed.of(texts(prefix + "Mediation arranged", prefix + "Cyfryngu")),
                      OwnText.Typed.plain(prefix + "Referred to HR"))))
          .orElseThrow();
    }
  }

  private ReportReference aCase() {
    return fixture
        .submit(AReport.anonymous().answer("reporter-role", "student").account("x").build())
        .reference();
  }

  private void close(ReportReference reference, String outcome, List<String> tags) {
    fixture
        .confide
        .changeCaseStatus()
        .change(
            fixture.adviser,
            ChangeCaseStatusUseCase.Command.close(reference, "Resolved", outcome, tags))
        .orElseThrow();
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(client.get(path, adviser).body());
  }

  @Test
  void the_staff_heading_marks_a_name_written_in_english_alone_on_a_welsh_page() throws Exception {
    name(OwnText.Typed.plain("Example & Co College"));

    var welsh = page("/staff/cases?lang=cy").selectFirst(".site-name");
    var english = page("/staff/cases").selectFirst(".site-name");

    assertThat(welsh.text()).isEqualTo("Example & Co College – gwaith achos");
    assertThat(welsh.select("[lang]")).hasSize(1);
    assertThat(welsh.selectFirst("span[lang=en]").text()).isEqualTo("Example & Co College");
    assertThat(welsh.hasAttr("lang")).isFalse();
    assertThat(english.text()).isEqualTo("Example & Co College – case work");
    assertThat(english.select("[lang]")).isEmpty();
    assertThat(client.get("/staff/cases?lang=cy", adviser).body())
        .contains("<span lang=\"en\">Example &amp; Co College</span> – gwaith achos");
  }

  @Test
  void a_name_written_in_welsh_is_not_marked_on_the_welsh_staff_pages() throws Exception {
    name(OwnText.Typed.of(texts("University of Example", "Prifysgol Enghraifft")));

    var welsh = page("/staff/cases?lang=cy").selectFirst(".site-name");

    assertThat(welsh.text()).isEqualTo("Prifysgol Enghraifft – gwaith achos");
    assertThat(welsh.select("[lang]")).isEmpty();
  }

  @Test
  void the_close_form_marks_each_outcome_and_tag_written_in_english_alone() throws Exception {
    outcomesAndTags();
    var path = "/staff/cases/" + aCase().display();

    var closing = page(path + "?lang=cy");

    assertThat(closing.select("select#outcome option[value~=.]"))
        .extracting(o -> o.text() + "|" + o.attr("lang"))
        .containsExactly("Cyfryngu|", "Referred to HR|en");
    assertThat(closing.select("input[name=tags] + label"))
        .extracting(l -> l.text() + "|" + l.attr("lang"))
        .containsExactly("Tag Cyfryngu|", "Tag Referred to HR|en");
    assertThat(page(path).select("select#outcome option[lang], input[name=tags] + label[lang]"))
        .isEmpty();
  }

  @Test
  void a_closed_case_marks_its_outcome_and_tag_alone_inside_the_welsh_sentence() throws Exception {
    outcomesAndTags();
    var reference = aCase();
    close(reference, "referred-to-hr", List.of("tag-mediation-arranged", "tag-referred-to-hr"));
    var path = "/staff/cases/" + reference.display();

    var closedWith = page(path + "?lang=cy").selectFirst("#closed-with");

    assertThat(closedWith.text())
        .isEqualTo("Canlyniad: Referred to HR. Tagiau: Tag Cyfryngu, Tag Referred to HR.");
    assertThat(closedWith.select("[lang]"))
        .extracting(e -> e.text() + "|" + e.attr("lang"))
        .containsExactly("Referred to HR|en", "Tag Referred to HR|en");
    assertThat(page(path).selectFirst("#closed-with").select("[lang]")).isEmpty();
  }

  @Test
  void the_case_lists_outcome_filter_marks_an_outcome_written_in_english_alone() throws Exception {
    outcomesAndTags();

    var list = page("/staff/cases?view=all&lang=cy");

    assertThat(list.select("select#outcome option[value~=.]"))
        .extracting(o -> o.text() + "|" + o.attr("lang"))
        .containsExactly("Cyfryngu|", "Referred to HR|en");
    assertThat(list.select("select#tag option[value~=.]"))
        .extracting(o -> o.text() + "|" + o.attr("lang"))
        .containsExactly("Tag Cyfryngu|", "Tag Referred to HR|en");
  }

  @Test
  void the_welsh_case_export_marks_the_name_and_the_outcome_written_in_english_alone()
      throws Exception {
    name(OwnText.Typed.plain("University of Example"));
    outcomesAndTags();
    var reference = aCase();
    close(reference, "referred-to-hr", List.of("tag-mediation-arranged"));
    var path = "/staff/cases/" + reference.display();
    var token = formToken(client.get(path + "?lang=cy", adviser).body());
    var form = new LinkedHashMap<String, String>();
    form.put("csrf", token);
    form.put("lang", "cy");
    form.put("export-reason", "Panel");
    form.put("format", "page");

    var export = Jsoup.parse(client.post(path + "/export", adviser, form).body());

    assertThat(export.selectFirst("html").attr("lang")).isEqualTo("cy");
    var confidential = export.selectFirst(".confidential");
    assertThat(confidential.text()).isEqualTo("Cyfrinachol: University of Example");
    assertThat(confidential.select("[lang]"))
        .extracting(e -> e.text() + "|" + e.attr("lang"))
        .containsExactly("University of Example|en");
    assertThat(export.select(".closed-with dd [lang]"))
        .extracting(e -> e.text() + "|" + e.attr("lang"))
        .containsExactly("Referred to HR|en");
    assertThat(export.select(".closed-with dd").eachText())
        .containsExactly("Referred to HR", "Tag Cyfryngu");
  }

  /** The default questionnaire with "immediate-danger" asked in plain English, as version 3. */
  private static Questionnaire askedInEnglish(QuestionnaireVersion version, boolean signal) {
    return Questionnaire.of(
        version,
        DefaultQuestionnaire.standard().questions().stream()
            .map(question ->
                question.id().value().equals("immediate-danger")
                    ? new Question(
                        question.id(),
                        Words.of("Is someone in danger this minute?"),
                        question.kind(),
                        question.required(),
                        List.of(
                            signal
                                ? Option.of("yes", "Yes, now", SafeguardingSignal.IMMEDIATE_DANGER)
                                : Option.of("yes", "Yes, now"),
                            Option.of("no", "No")),
                        question.hint(),
                        question.maxLength())
                    : question)
            .toList());
  }

  @Test
  void a_dropped_signal_marks_the_question_and_option_written_in_english_alone_in_the_sentence()
      throws Exception {
    var questionnaires = fixture.ports.questionnaires();
    var now = fixture.clock.instant();
    questionnaires.add(askedInEnglish(QuestionnaireVersion.of(3), true), now);
    questionnaires.use(QuestionnaireVersion.of(3));
    questionnaires.add(askedInEnglish(QuestionnaireVersion.of(4), false), now);
    var lead = Map.of(Pages.STAFF_COOKIE, fixture.lead.value());

    var welsh =
        Jsoup.parse(client.get("/staff/questionnaire-changes?lang=cy", lead).body())
            .selectFirst("section ul li");
    var english =
        Jsoup.parse(client.get("/staff/questionnaire-changes", lead).body())
            .selectFirst("section ul li");

    assertThat(welsh.text())
        .startsWith(
            "\u201cIs someone in danger this minute?\u201d: fyddai dewis \u201cYes, now\u201d");
    assertThat(welsh.select("[lang]"))
        .extracting(e -> e.text() + "|" + e.attr("lang"))
        .containsExactly("Is someone in danger this minute?|en", "Yes, now|en");
    assertThat(english.text())
        .startsWith("\u201cIs someone in danger this minute?\u201d: choosing \u201cYes, now\u201d");
    assertThat(english.select("[lang]")).isEmpty();
  }

  @Test
  void the_welsh_trends_by_outcome_mark_an_outcome_written_in_english_alone() throws Exception {
    outcomesAndTags();
    var analyst = Map.of(Pages.STAFF_COOKIE, fixture.analyst.value());
    var month = java.time.YearMonth.now(fixture.clock);
    var path = "/staff/trends?from=" + month + "&to=" + month + "&by=outcome";

    var welsh = Jsoup.parse(client.get(path + "&lang=cy", analyst).body());
    var english = Jsoup.parse(client.get(path, analyst).body());

    assertThat(welsh.select("table tbody th[scope=row]"))
        .extracting(th -> th.text() + "|" + th.attr("lang"))
        .containsExactly("Cyfryngu|", "Referred to HR|en", "Dim canlyniad|");
    assertThat(welsh.select("svg text.trend-label"))
        .extracting(t -> t.text() + "|" + t.attr("lang"))
        .containsExactly("Cyfryngu|", "Referred to HR|en", "Dim canlyniad|");
    assertThat(english.select("table tbody th[scope=row]").eachText())
        .containsExactly("Mediation arranged", "Referred to HR", "No outcome");
    assertThat(english.select("table [lang], svg [lang]")).isEmpty();
    // The CSV names each outcome as the page does: in Welsh where written in it.
    assertThat(
            client
                .get(path.replace("/staff/trends?", "/staff/trends.csv?") + "&lang=cy", analyst)
                .body())
        .contains(",Cyfryngu,", ",Referred to HR,")
        .doesNotContain("Mediation arranged");
  }

  @Test
  void the_welsh_trends_by_place_mark_the_options_a_version_lacks_in_welsh() throws Exception {
    org.confide.adapter.web.VersionLackingWelsh.inUse(
        fixture.ports.questionnaires(), fixture.clock.instant());
    var analyst = Map.of(Pages.STAFF_COOKIE, fixture.analyst.value());
    var month = java.time.YearMonth.now(fixture.clock);
    var path = "/staff/trends?from=" + month + "&to=" + month + "&by=where&by=reporterRole";

    var welsh = Jsoup.parse(client.get(path + "&lang=cy", analyst).body());

    var where = org.confide.adapter.web.VersionLackingWelsh.WHERE_LABELS;
    assertThat(welsh.select("table tbody th[scope=row]"))
        .extracting(th -> th.text() + "|" + th.attr("lang"))
        .containsExactly(
            where.get(0) + "|en", where.get(1) + "|en", where.get(2) + "|en", "Heb ei ateb|");
    // The options Confide ships are in Welsh, unmarked.
    assertThat(welsh.select("table thead th[scope=col][lang]")).isEmpty();
    assertThat(welsh.select("table thead th[scope=col]").eachText()).contains("Myfyriwr");
  }

  @Test
  void the_welsh_routing_page_groups_options_under_their_question_each_marked_apart()
      throws Exception {
    org.confide.adapter.web.VersionLackingWelsh.inUse(
        fixture.ports.questionnaires(), fixture.clock.instant());
    var admin = Map.of(Pages.STAFF_COOKIE, fixture.admin.value());

    var welsh = Jsoup.parse(client.get("/staff/admin/routing?lang=cy", admin).body());
    var english = Jsoup.parse(client.get("/staff/admin/routing", admin).body());

    var where = welsh.selectFirst("#answer-0 optgroup:has(option[value^=where/])");
    assertThat(where.attr("label")).isEqualTo(org.confide.adapter.web.VersionLackingWelsh.WHERE);
    assertThat(where.attr("lang")).isEqualTo("en");
    // The labels are English too: they inherit the group's lang, and are not marked again.
    assertThat(where.select("option").eachText())
        .isEqualTo(org.confide.adapter.web.VersionLackingWelsh.WHERE_LABELS);
    assertThat(where.select("option[lang]")).isEmpty();
    var role = welsh.selectFirst("#answer-0 optgroup:has(option[value^=reporter-role/])");
    assertThat(role.attr("label")).isEqualTo("Pa un o'r rhain sy'n eich disgrifio chi orau?");
    assertThat(role.hasAttr("lang")).isFalse();
    assertThat(role.select("option[lang]")).isEmpty();
    assertThat(english.select("#answer-0 [lang]")).isEmpty();
  }
}
