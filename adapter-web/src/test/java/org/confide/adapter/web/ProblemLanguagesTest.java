package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.confide.adapter.web.i18n.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The API's problems in the language asked for: {@code ?lang=}, else {@code Accept-Language}, else
 * English, named in {@code Content-Language}; what a program reads is the same in every language.
 */
class ProblemLanguagesTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_problem_asked_for_in_welsh_is_in_welsh_and_its_type_and_status_are_unchanged() {
    var english = api.call("/api/v1/staff/cases").send("GET", null);
    var welsh = api.call("/api/v1/staff/cases?lang=cy").send("GET", null);

    assertThat(english.status()).isEqualTo(401);
    assertThat(english.header("Content-Language")).isEqualTo("en");
    assertThat(english.json().get("title").asText()).isEqualTo("Not signed in");
    assertThat(welsh.status()).isEqualTo(401);
    assertThat(welsh.header("Content-Language")).isEqualTo("cy");
    assertThat(welsh.json().get("title").asText()).isEqualTo("Heb fewngofnodi");
    assertThat(welsh.json().get("detail").asText())
        .isEqualTo("Mewngofnodwch eto: does dim sesiwn, neu mae hi wedi dod i ben.");
    assertThat(welsh.json().get("type")).isEqualTo(english.json().get("type"));
  }

  @Test
  void without_lang_the_browsers_preference_chooses_and_a_language_not_offered_is_english() {
    var welsh =
        api.call("/api/v1/no-such-thing")
            .header("Accept-Language", "fr-FR, cy;q=0.8, en;q=0.5")
            .send("GET", null);
    assertThat(welsh.status()).isEqualTo(404);
    assertThat(welsh.header("Content-Language")).isEqualTo("cy");
    assertThat(welsh.json().get("title").asText()).isEqualTo("Heb ddod o hyd iddo");

    var french =
        api.call("/api/v1/no-such-thing").header("Accept-Language", "fr").send("GET", null);
    assertThat(french.header("Content-Language")).isEqualTo("en");
    assertThat(french.json().get("title").asText()).isEqualTo("Not found");
  }

  @Test
  void a_request_that_fails_validation_names_its_fields_alike_in_every_language() {
    var body = Map.of("questionnaireVersion", 1);
    var english = api.call("/api/v1/reports").send("POST", body);
    var welsh = api.call("/api/v1/reports?lang=cy").send("POST", body);

    assertThat(welsh.status()).isEqualTo(400);
    assertThat(welsh.json().get("title").asText()).isEqualTo("Cais annilys");
    assertThat(welsh.json().get("detail").asText()).startsWith("Mae angen cywiro rhai meysydd");
    assertThat(welsh.fields()).isNotEmpty().isEqualTo(english.fields());
  }

  @Test
  void a_field_problem_the_domain_names_is_in_the_language_asked_for_under_the_same_field() {
    var body = Api.anonymousReport("It happened in the library.");
    body.put("anonymous", false);
    body.put("messaging", false);
    body.put("contact", Map.of("name", "Sam", "email", "not an address"));
    var english = api.call("/api/v1/reports").send("POST", body);
    var welsh = api.call("/api/v1/reports?lang=cy").send("POST", body);

    assertThat(english.status()).isEqualTo(400);
    assertThat(welsh.status()).isEqualTo(400);
    assertThat(welsh.fields()).isEqualTo(english.fields()).contains("contact.email");
    assertThat(message(english, "contact.email"))
        .isEqualTo("Enter an email address like name@example.ac.uk");
    assertThat(message(welsh, "contact.email"))
        .isEqualTo("Rhowch gyfeiriad e-bost fel enw@example.ac.uk");
  }

  @Test
  void a_refusal_is_the_detail_of_a_409_in_the_language_asked_for() {
    var admin = api.logIn("admin@example.ac.uk");
    String id = null;
    for (var account : api.get("/api/v1/admin/staff", admin).json().get("staff")) {
      if (account.get("email").asText().equals("admin@example.ac.uk")) {
        id = account.get("id").asText();
      }
    }
    var demotion = Map.of("displayName", "Admin", "roles", List.of("ADVISER"), "active", true);
    var english = api.put("/api/v1/admin/staff/" + id, admin, demotion);
    var welsh =
        api.call("/api/v1/admin/staff/" + id)
            .bearer(admin)
            .header("Accept-Language", "cy")
            .send("PUT", demotion);

    assertThat(english.status()).isEqualTo(409);
    assertThat(english.json().get("detail").asText())
        .isEqualTo(
            "This is the last active administrator: make another account an active"
                + " administrator first");
    assertThat(welsh.status()).isEqualTo(409);
    assertThat(welsh.header("Content-Language")).isEqualTo("cy");
    assertThat(welsh.json().get("title").asText())
        .isNotEqualTo(english.json().get("title").asText());
    assertThat(welsh.json().get("detail").asText())
        .isEqualTo(
            "Dyma'r gweinyddwr gweithredol olaf: gwnewch gyfrif arall yn weinyddwr gweithredol yn"
                + " gyntaf");
  }

  @Test
  void a_questionnaire_document_refused_in_welsh_names_each_problem_in_welsh_under_its_path() {
    var admin = api.logIn("admin@example.ac.uk");
    var document =
        Map.of(
            "questions",
            List.of(
                Map.of("id", "Not An Id", "text", "Where?", "kind", "FREE_TEXT", "maxLength", 0)));
    var english = api.post("/api/v1/admin/questionnaires", admin, document);
    var welsh =
        api.call("/api/v1/admin/questionnaires?lang=cy").bearer(admin).send("POST", document);

    assertThat(english.status()).isEqualTo(400);
    assertThat(welsh.status()).isEqualTo(400);
    assertThat(welsh.header("Content-Language")).isEqualTo("cy");
    assertThat(welsh.fields())
        .isEqualTo(english.fields())
        .contains("questions[0].id", "questions[0].kind");
    assertThat(message(english, "questions[0].id"))
        .isEqualTo("Should be lower-case words joined by hyphens, at most 64 characters");
    assertThat(message(welsh, "questions[0].id"))
        .isEqualTo(
            "Dylai fod yn eiriau mewn llythrennau bach wedi'u cysylltu â chysylltnodau, hyd at 64"
                + " nod");
    assertThat(message(english, "questions[0].kind")).startsWith("Should be one of SINGLE_CHOICE");
    assertThat(message(welsh, "questions[0].kind")).startsWith("Dylai fod yn un o SINGLE_CHOICE");
  }

  @Test
  void a_request_of_the_wrong_shape_is_named_in_welsh_field_by_field() {
    var missing = Map.of("anonymous", true);
    var english = api.call("/api/v1/reports").send("POST", missing);
    var welsh = api.call("/api/v1/reports?lang=cy").send("POST", missing);

    assertThat(welsh.status()).isEqualTo(400);
    assertThat(welsh.fields()).isEqualTo(english.fields()).contains("questionnaireVersion");
    assertThat(message(english, "questionnaireVersion")).isEqualTo("Is required");
    assertThat(message(welsh, "questionnaireVersion")).isEqualTo("Mae angen hwn");

    var mistyped = Map.of("questionnaireVersion", "one");
    var englishType = api.call("/api/v1/reports").send("POST", mistyped);
    var welshType = api.call("/api/v1/reports?lang=cy").send("POST", mistyped);
    assertThat(message(englishType, "questionnaireVersion")).isEqualTo("Should be a whole number");
    assertThat(message(welshType, "questionnaireVersion")).isEqualTo("Dylai fod yn rhif cyfan");
  }

  @Test
  void an_unknown_case_filter_is_named_in_welsh() {
    var adviser = api.logIn("adviser@example.ac.uk");
    var english = api.get("/api/v1/staff/cases?view=all&outcome=no-such-outcome", adviser);
    var welsh =
        api.call("/api/v1/staff/cases?view=all&outcome=no-such-outcome&status=later&lang=cy")
            .bearer(adviser)
            .send("GET", null);

    assertThat(english.status()).isEqualTo(400);
    assertThat(message(english, "outcome"))
        .isEqualTo("Unknown outcome no-such-outcome: give the key of one in the list");
    assertThat(welsh.status()).isEqualTo(400);
    assertThat(message(welsh, "outcome"))
        .isEqualTo("Canlyniad anhysbys no-such-outcome: rhowch allwedd un sydd yn y rhestr");
    assertThat(message(welsh, "status")).isEqualTo("Dewiswch statws: NEW, OPEN neu CLOSED");
  }

  private static String message(Api.Reply reply, String field) {
    for (var error : reply.json().get("errors")) {
      if (error.get("field").asText().equals(field)) {
        return error.get("message").asText();
      }
    }
    throw new AssertionError("no problem with " + field + " in " + reply);
  }

  @Test
  void a_wait_in_welsh_takes_the_mutation_its_number_gives_it() {
    var welsh = Languages.shipped().choose("cy", null).texts();
    assertThat(Problem.of(429, "throttled", 1L).detail(welsh)).contains("arhoswch 1 munud cyn");
    assertThat(Problem.of(429, "throttled", 2L).detail(welsh)).contains("arhoswch 2 funud cyn");
    assertThat(Problem.of(429, "throttled", 5L).detail(welsh)).contains("arhoswch 5 munud cyn");
    var english = Languages.shipped().first();
    assertThat(Problem.of(429, "throttled", 1L).detail(english)).contains("wait 1 minute before");
  }

  @Test
  void every_problem_the_code_names_has_a_title_and_a_detail_in_every_language()
      throws IOException {
    var named = Pattern.compile("Problem\\.(?:of|because)\\(\\s*[^,\\n]+,\\s*\"(\\w+)\"");
    var names = new TreeSet<String>(java.util.List.of("invalid", "invalidMany"));
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        var matcher = named.matcher(Files.readString(file));
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    assertThat(names).contains("notFound", "throttled", "formExpired", "unreadable", "refused");
    var missing = new ArrayList<String>();
    for (var texts : Languages.shipped().all()) {
      for (var name : names) {
        for (var part : new String[] {".title", ".detail"}) {
          try {
            texts.text("problem." + name + part);
          } catch (IllegalArgumentException e) {
            missing.add(texts.language() + " problem." + name + part);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
