package org.confide.adapter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.settings.MonitoringHours;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The languages Confide ships with, the checks a bundle must pass before Confide starts, the choice
 * of a request's language, and a third language added as files only.
 */
class LanguagesTest {

  private final Languages shipped = Languages.shipped();
  private final Texts english = shipped.of(Language.ENGLISH).orElseThrow();
  private final Texts welsh = shipped.of(Language.WELSH).orElseThrow();

  @Nested
  class TheBundles {

    @Test
    void english_comes_first_and_welsh_has_every_message_english_has() {
      assertThat(shipped.all())
          .extracting(Texts::language)
          .containsExactly(Language.ENGLISH, Language.WELSH);
      assertThat(welsh.keys()).isEqualTo(english.keys());
      assertThat(Languages.problems(english, welsh)).isEmpty();
      assertThat(english.name()).isEqualTo("English");
      assertThat(welsh.name()).isEqualTo("Cymraeg");
    }

    @Test
    void a_bundle_lacking_a_message_or_with_an_extra_one_or_a_bad_pattern_stops_the_start() {
      assertThatThrownBy(() -> Languages.load(getClass().getClassLoader(), "i18n-broken"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cy lacks only.english")
          .hasMessageContaining("cy has messages en has not: only.welsh")
          .hasMessageContaining("cy greeting has arguments, so each apostrophe")
          .hasMessageContaining("en link holds markup but its key does not end in .html");
    }

    @Test
    void a_missing_language_file_is_named() {
      assertThatThrownBy(() -> Languages.load(getClass().getClassLoader(), "i18n-nowhere"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("There is no i18n-nowhere/languages.txt");
    }
  }

  @Nested
  class Words {

    @Test
    void numbers_take_the_form_each_language_gives_them() {
      assertThat(english.text("home.next.text", 1, "every day, all day"))
          .contains("within 1 working day.");
      assertThat(english.text("home.next.text", 5, "every day, all day"))
          .contains("within 5 working days.");
      // Welsh: "dau" softens the noun after it; one, three and more leave it as it is.
      assertThat(welsh.text("home.next.text", 2, "bob dydd")).contains("o fewn 2 ddiwrnod gwaith.");
      assertThat(welsh.text("home.next.text", 3, "bob dydd")).contains("o fewn 3 diwrnod gwaith.");
      assertThat(welsh.text("home.next.text", 1, "bob dydd")).contains("o fewn 1 diwrnod gwaith.");
      assertThat(welsh.text("home.length", 10, 9))
          .isEqualTo("Tua 10 munud, 9 cam byr. Chi sy'n dewis y ffordd tua'r diwedd.");
    }

    @Test
    void markup_messages_escape_what_is_put_in_them() {
      assertThat(english.html("home.signIn.html", "/sign-in?x=\"<b>\""))
          .startsWith("<a href=\"/sign-in?x=&#34;&lt;b>&#34;\">");
      assertThatThrownBy(() -> english.html("home.heading"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> english.text("no.such.message"))
          .hasMessage("No message no.such.message in en");
    }

    @Test
    void dates_are_written_in_the_language() {
      var christmasEve = LocalDate.of(2026, 12, 24);
      assertThat(english.day(christmasEve)).isEqualTo("Thursday 24 December 2026");
      assertThat(welsh.day(christmasEve)).isEqualTo("Dydd Iau 24 Rhagfyr 2026");
    }

    @Test
    void the_hours_messages_are_read_are_a_phrase_in_each_language() {
      var weekdays =
          new MonitoringHours(
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              LocalTime.of(9, 0),
              LocalTime.of(17, 30));
      assertThat(Phrases.monitoring(weekdays, english))
          .isEqualTo("Monday to Friday, 9am to 5:30pm");
      assertThat(Phrases.monitoring(weekdays, welsh))
          .isEqualTo("o ddydd Llun i ddydd Gwener, o 09:00 tan 17:30");

      var some =
          new MonitoringHours(
              Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
              LocalTime.NOON,
              LocalTime.MIDNIGHT);
      assertThat(Phrases.monitoring(some, english))
          .isEqualTo("Monday, Wednesday and Friday, midday to midnight");
      assertThat(Phrases.monitoring(some, welsh))
          .isEqualTo("ddydd Llun, ddydd Mercher a ddydd Gwener, o hanner dydd tan hanner nos");

      var always =
          new MonitoringHours(
              EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
      assertThat(Phrases.monitoring(always, english)).isEqualTo("every day, all day");
      assertThat(Phrases.monitoring(always, welsh)).isEqualTo("bob dydd, drwy'r dydd");
    }
  }

  @Nested
  class TheChoice {

    @Test
    void a_language_asked_for_wins_over_the_browsers_preference() {
      var choice = shipped.choose("cy", "en-GB,en;q=0.9");
      assertThat(choice.texts()).isEqualTo(welsh);
      assertThat(choice.asked()).isTrue();
    }

    @Test
    void without_one_asked_for_the_browsers_first_preference_offered_is_chosen() {
      assertThat(shipped.choose(null, "fr-FR, cy;q=0.8, en;q=0.5").texts()).isEqualTo(welsh);
      assertThat(shipped.choose(null, "cy-GB").texts()).isEqualTo(welsh);
      assertThat(shipped.choose(null, "en-US,cy;q=0.1").texts()).isEqualTo(english);
      assertThat(shipped.choose(null, "cy").asked()).isFalse();
    }

    @Test
    void a_language_not_offered_or_malformed_falls_back_to_english() {
      assertThat(shipped.choose("fr", null).texts()).isEqualTo(english);
      assertThat(shipped.choose("fr", null).asked()).isFalse();
      assertThat(shipped.choose("<script>", "de").texts()).isEqualTo(english);
      assertThat(shipped.choose(null, ";;q=abc,,").texts()).isEqualTo(english);
      assertThat(shipped.choose(null, "").texts()).isEqualTo(english);
    }
  }

  @Test
  void a_third_language_is_a_file_and_a_line_in_the_list(@TempDir Path folder) throws Exception {
    var i18n = englishAndWelshBundles(folder);
    // Irish: every English message, with its own name and heading.
    var irish =
        new String(shippedFile("en"), StandardCharsets.UTF_8)
            .replace("language.name=English", "language.name=Gaeilge")
            .replace("home.heading=Tell us what happened", "home.heading=Inis dúinn cad a tharla");
    Files.writeString(i18n.resolve("messages_ga.properties"), irish, StandardCharsets.UTF_8);
    Files.write(i18n.resolve("questionnaire_cy.properties"), shippedFile("questionnaire_cy"));
    // The questionnaire's texts: Welsh's keys, one of them in Irish.
    var irishQuestions =
        new String(shippedFile("questionnaire_cy"), StandardCharsets.UTF_8)
            .replace("where.text=Ble digwyddodd hyn?", "where.text=Cá háit ar tharla sé?");
    Files.writeString(
        i18n.resolve("questionnaire_ga.properties"), irishQuestions, StandardCharsets.UTF_8);
    shippedPages(i18n, "ga");
    Files.writeString(i18n.resolve("languages.txt"), "en\ncy\nga\n");

    try (var loader = new URLClassLoader(new java.net.URL[] {folder.toUri().toURL()}, null)) {
      var three = Languages.load(loader, "i18n");

      assertThat(three.all())
          .extracting(texts -> texts.language().tag())
          .containsExactly("en", "cy", "ga");
      var chosen = three.choose(null, "ga-IE,en;q=0.5").texts();
      assertThat(chosen.name()).isEqualTo("Gaeilge");
      assertThat(chosen.text("home.heading")).isEqualTo("Inis dúinn cad a tharla");
      assertThat(chosen.day(LocalDate.of(2026, 12, 24))).isEqualTo("Déardaoin 24 Nollaig 2026");
      var where =
          three
              .translated(DefaultQuestionnaire.standard())
              .question(QuestionId.of("where"))
              .orElseThrow()
              .text();
      assertThat(where.in(new Language("ga"))).isEqualTo("Cá háit ar tharla sé?");
      assertThat(where.in(Language.WELSH)).isEqualTo("Ble digwyddodd hyn?");
      assertThat(three.languages()).extracting(Language::tag).containsExactly("en", "cy", "ga");
    }
  }

  @Test
  void a_language_whose_questionnaire_texts_lack_one_is_refused_at_start_naming_it(
      @TempDir Path folder) throws Exception {
    var i18n = englishAndWelshBundles(folder);
    var lacking =
        new String(shippedFile("questionnaire_cy"), StandardCharsets.UTF_8)
                .replace("under-18.option.not-sure=Dwi ddim yn siŵr\n", "")
                .replace("where.text=Ble digwyddodd hyn?", "where.text=  ")
            + "where.option.moon=Ar y lleuad\n";
    Files.writeString(i18n.resolve("questionnaire_cy.properties"), lacking, StandardCharsets.UTF_8);
    Files.writeString(i18n.resolve("languages.txt"), "en\ncy\n");

    try (var loader = new URLClassLoader(new java.net.URL[] {folder.toUri().toURL()}, null)) {
      assertThatThrownBy(() -> Languages.load(loader, "i18n"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cy's questionnaire texts lack under-18.option.not-sure")
          .hasMessageContaining("default questionnaire has not: where.option.moon")
          .hasMessageContaining("where.text must be 1 to 500 characters");
    }
  }

  @Test
  void welsh_offered_first_reads_a_version_stored_before_languages_as_english(@TempDir Path folder)
      throws Exception {
    var i18n = englishAndWelshBundles(folder);
    Files.write(i18n.resolve("questionnaire_cy.properties"), shippedFile("questionnaire_cy"));
    Files.writeString(i18n.resolve("languages.txt"), "cy\nen\n");

    try (var loader = new URLClassLoader(new java.net.URL[] {folder.toUri().toURL()}, null)) {
      var welshFirst = Languages.load(loader, "i18n");

      assertThat(welshFirst.languages()).containsExactly(Language.WELSH, Language.ENGLISH);
      // Version 1 is stored in plain strings: its English stays English, its Welsh is Welsh.
      var where =
          welshFirst
              .translated(DefaultQuestionnaire.first())
              .question(QuestionId.of("where"))
              .orElseThrow()
              .text();
      assertThat(where.in(Language.ENGLISH)).isEqualTo("Where did it happen?");
      assertThat(where.in(Language.WELSH)).isEqualTo("Ble digwyddodd hyn?");
      assertThat(
              welshFirst
                  .translated(DefaultQuestionnaire.standard())
                  .missingTexts(welshFirst.languages()))
          .isEmpty();
    }
  }

  @Test
  void the_shipped_welsh_questionnaire_gives_every_shipped_text_in_welsh() {
    var welsh = Languages.shipped().translated(DefaultQuestionnaire.standard());

    assertThat(welsh.missingTexts(List.of(Language.ENGLISH, Language.WELSH))).isEmpty();
    assertThat(welsh.questions().getFirst().text().in(Language.WELSH))
        .isEqualTo("Beth ddigwyddodd?");
  }

  /** A folder {@code i18n} in {@code folder} holding the shipped English and Welsh bundles. */
  private static Path englishAndWelshBundles(Path folder) throws IOException {
    var i18n = Files.createDirectories(folder.resolve("i18n"));
    for (var tag : new String[] {"en", "cy"}) {
      Files.write(i18n.resolve("messages_" + tag + ".properties"), shippedFile(tag));
    }
    shippedPages(i18n, "cy");
    return i18n;
  }

  /** Writes the shipped Welsh default pages into {@code i18n} as {@code tag}'s. */
  private static void shippedPages(Path i18n, String tag) throws IOException {
    var pages = Files.createDirectories(i18n.resolve("pages_" + tag));
    for (var key : org.confide.domain.content.PageKey.values()) {
      var name = org.confide.domain.content.DefaultPages.file(key);
      try (InputStream in =
          LanguagesTest.class.getClassLoader().getResourceAsStream("i18n/pages_cy/" + name)) {
        Files.write(pages.resolve(name), in.readAllBytes());
      }
    }
  }

  private static byte[] shippedFile(String name) throws IOException {
    var file = name.contains("_") ? name : "messages_" + name;
    try (InputStream in =
        LanguagesTest.class.getClassLoader().getResourceAsStream("i18n/" + file + ".properties")) {
      return in.readAllBytes();
    }
  }
}
