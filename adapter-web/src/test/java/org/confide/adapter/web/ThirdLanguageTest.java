package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.confide.adapter.web.i18n.Languages;
import org.confide.application.Mailing;
import org.confide.application.memory.InMemoryMailer;
import org.confide.domain.content.DefaultPages;
import org.confide.domain.content.PageKey;
import org.confide.domain.notification.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third language added as files only, as {@code CONFIDE_LANGUAGES_DIR} names them: a folder with
 * its own {@code languages.txt}, the new language's bundle, questionnaire texts and default pages,
 * English and Welsh still coming from Confide's own. A page, a default page, an API problem and an
 * email are then in it; a folder that lacks a word or a default page is refused, naming it.
 */
class ThirdLanguageTest {

  @TempDir Path folder;

  /** Irish: every English message, with its own name and a few of its own words. */
  private Languages irish() throws IOException {
    var messages =
        english()
            .replace("language.name=English", "language.name=Gaeilge")
            .replace("home.heading=Tell us what happened", "home.heading=Inis dúinn cad a tharla")
            .replace("problem.notFound.title=Not found", "problem.notFound.title=Níor aimsíodh")
            .replace(
                "email.new-report.subject=A new report is waiting",
                "email.new-report.subject=Tá tuairisc nua ag fanacht")
            .replace(
                "outcome.default.no-further-action=No further action",
                "outcome.default.no-further-action=Gan aon ghníomh eile")
            .replace(
                "pages.default.support.title=Support for you and for a friend",
                "pages.default.support.title=Tacaíocht duit féin agus do chara");
    Files.writeString(folder.resolve("messages_ga.properties"), messages, StandardCharsets.UTF_8);
    // The default questionnaire's texts, every one of them: the Welsh file's keys, one in Irish.
    var questionnaire =
        shipped("questionnaire_cy.properties")
            .replaceAll("(?m)^incident-type\\.text=.*$", "incident-type.text=Cad a tharla?");
    Files.writeString(
        folder.resolve("questionnaire_ga.properties"), questionnaire, StandardCharsets.UTF_8);
    // The default pages' bodies, every one of them: the Welsh files, the support page in Irish.
    writePages("cy");
    Files.writeString(
        folder.resolve("pages_ga/support.md"),
        "Níl ort déileáil leis seo i d'aonar.\n\n## Má tá duine i mbaol anois\n\nGlaoigh ar"
            + " [999](tel:999).\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("languages.txt"), "# Ours\nen\ncy\nga\n");
    return Languages.in(folder);
  }

  /** Copies the default pages Confide ships in {@code from} to the folder, as Irish's. */
  private void writePages(String from) throws IOException {
    Files.createDirectories(folder.resolve("pages_ga"));
    for (var key : PageKey.values()) {
      var name = key.slug() + ".md";
      Files.writeString(
          folder.resolve("pages_ga/" + name),
          shipped("pages_" + from + "/" + name),
          StandardCharsets.UTF_8);
    }
  }

  private static String english() throws IOException {
    return shipped("messages_en.properties");
  }

  private static String shipped(String name) throws IOException {
    try (InputStream in =
        ThirdLanguageTest.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void a_page_an_api_problem_and_an_email_are_in_a_language_added_as_files() throws Exception {
    var languages = irish();
    assertThat(languages.offered()).extracting(l -> l.tag()).containsExactly("en", "cy", "ga");
    try (var api = new Api(settings -> settings.withLanguages(languages))) {
      var page = api.call("/?lang=ga").send("GET", null);
      assertThat(page.body())
          .contains("<html lang=\"ga\"")
          .contains("Inis dúinn cad a tharla")
          .contains(">English<")
          .contains(">Cymraeg<");

      // The default pages come from the folder's files, their titles from its bundle.
      var support =
          org.jsoup.Jsoup.parse(api.call("/pages/support?lang=ga").send("GET", null).body());
      assertThat(support.selectFirst("html").attr("lang")).isEqualTo("ga");
      assertThat(support.selectFirst("h1").text()).isEqualTo("Tacaíocht duit féin agus do chara");
      assertThat(support.select(".organisation-text h2").text())
          .isEqualTo("Má tá duine i mbaol anois");
      assertThat(support.select(".organisation-text p").first().text())
          .isEqualTo("Níl ort déileáil leis seo i d'aonar.");
      var pages = api.call("/api/v1/pages?lang=ga").send("GET", null);
      assertThat(pages.header("Content-Language")).isEqualTo("ga");
      assertThat(pages.json().get("pages").get(1).get("title").asText())
          .isEqualTo("Tacaíocht duit féin agus do chara");

      var problem =
          api.call("/api/v1/no-such-thing").header("Accept-Language", "ga").send("GET", null);
      assertThat(problem.status()).isEqualTo(404);
      assertThat(problem.header("Content-Language")).isEqualTo("ga");
      assertThat(problem.json().get("title").asText()).isEqualTo("Níor aimsíodh");

      var adviser = api.logIn("adviser@example.ac.uk");
      // Confide's default outcomes are in the language's bundle too.
      var outcomes = api.get("/api/v1/admin/outcomes?lang=ga", adviser);
      assertThat(outcomes.header("Content-Language")).isEqualTo("ga");
      assertThat(outcomes.json().at("/outcomes/3/key").asText()).isEqualTo("no-further-action");
      assertThat(outcomes.json().at("/outcomes/3/label").asText())
          .isEqualTo("Gan aon ghníomh eile");
      var chosen =
          api.put(
              "/api/v1/staff/notification-preferences",
              adviser,
              Map.of("emails", Map.of(), "digestHour", 8, "language", "ga"));
      assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
      assertThat(api.post("/api/v1/reports", null, Api.anonymousReport("It happened.")).status())
          .isEqualTo(201);
      var mailer = new InMemoryMailer();
      Mailing.notifier(
              api.fixture.ports,
              mailer,
              api.fixture.clock,
              new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(4), 4),
              URI.create("https://confide.example.ac.uk/staff"),
              100,
              api.fixture.secrets(),
              languages)
          .send();
      assertThat(mailer.sent())
          .filteredOn(email -> email.to().value().equals("adviser@example.ac.uk"))
          .isNotEmpty()
          .allSatisfy(email -> assertThat(email.html()).contains("<html lang=\"ga\">"))
          .anySatisfy(email -> assertThat(email.subject()).isEqualTo("Tá tuairisc nua ag fanacht"));
    }
  }

  @Test
  void a_folder_whose_bundle_lacks_a_word_or_that_lists_no_bundle_is_refused_naming_it()
      throws Exception {
    Files.writeString(
        folder.resolve("messages_ga.properties"),
        english().replace("email.footer=", "email.footnote="),
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("languages.txt"), "en\ncy\nga\n");
    assertThatThrownBy(() -> Languages.in(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ga lacks email.footer")
        .hasMessageContaining("ga has messages en has not: email.footnote");

    Files.writeString(folder.resolve("languages.txt"), "en\nfr\n");
    assertThatThrownBy(() -> Languages.in(folder))
        .hasMessage("There is no " + folder + "/messages_fr.properties");

    assertThatThrownBy(() -> Languages.in(folder.resolve("nowhere")))
        .hasMessage(folder.resolve("nowhere") + " is not a folder");
  }

  @Test
  void a_folder_that_lacks_a_default_page_or_shows_reporters_a_blank_is_refused_naming_the_file()
      throws Exception {
    irish();
    Files.delete(folder.resolve("pages_ga/accessibility.md"));
    Files.writeString(
        folder.resolve("pages_ga/support.md"),
        "Glaoigh ar [FILL IN: uimhir].",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("pages_ga/privacy.md"), "Gan bhearna.", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Languages.in(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("There is no default page " + folder + "/pages_ga/accessibility.md")
        .hasMessageContaining(folder + "/pages_ga/support.md holds a blank marked [FILL IN")
        .hasMessageContaining(folder + "/pages_ga/privacy.md has no blank marked [FILL IN");
  }

  @Test
  void english_needs_no_files_but_a_folder_may_reword_its_default_pages() throws Exception {
    irish();
    Files.createDirectories(folder.resolve("pages_en"));
    Files.writeString(
        folder.resolve("pages_en/support.md"),
        "Our own default support page.",
        StandardCharsets.UTF_8);

    var languages = Languages.in(folder);

    assertThat(languages.first().defaultPage(PageKey.SUPPORT).body())
        .isEqualTo("Our own default support page.");
    assertThat(languages.first().defaultPage(PageKey.ACCESSIBILITY).body())
        .isEqualTo(DefaultPages.of(PageKey.ACCESSIBILITY).body());
  }
}
