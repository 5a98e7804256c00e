package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire over HTTP in each language offered: the reporter's questionnaire in the
 * language asked, and a version refused, each missing text named, when it lacks a language it must
 * have.
 */
class QuestionnaireLanguagesApiTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private static String where(Api.Reply reply) {
    for (var question : reply.json().get("questions")) {
      if (question.get("id").asText().equals("where")) {
        return question.get("text").asText()
            + " / "
            + question.get("options").get(2).get("label").asText();
      }
    }
    throw new AssertionError("no question where");
  }

  @Test
  void the_questionnaire_is_in_the_language_asked_for_by_lang_then_accept_language_else_english() {
    var welsh = api.call("/api/v1/questionnaire?lang=cy").send("GET", null);
    var preferred =
        api.call("/api/v1/questionnaire")
            .header("Accept-Language", "cy-GB,en;q=0.5")
            .send("GET", null);
    var askedOverPreferred =
        api.call("/api/v1/questionnaire?lang=en").header("Accept-Language", "cy").send("GET", null);
    var neither =
        api.call("/api/v1/questionnaire?lang=fr").header("Accept-Language", "de").send("GET", null);

    assertThat(welsh.status()).isEqualTo(200);
    assertThat(welsh.header("Content-Language")).isEqualTo("cy");
    assertThat(welsh.json().get("language").asText()).isEqualTo("cy");
    assertThat(where(welsh))
        .isEqualTo(
            "Ble digwyddodd hyn? / Ar-lein, gan gynnwys cyfryngau cymdeithasol, e-bost a negeseuon");
    assertThat(preferred.header("Content-Language")).isEqualTo("cy");
    assertThat(where(preferred)).startsWith("Ble digwyddodd hyn?");
    assertThat(askedOverPreferred.header("Content-Language")).isEqualTo("en");
    assertThat(where(askedOverPreferred))
        .isEqualTo("Where did it happen? / Online, including social media, email and messages");
    assertThat(neither.header("Content-Language")).isEqualTo("en");
    // The ids answers are stored by are the same in every language.
    assertThat(welsh.json().findValuesAsText("id"))
        .isEqualTo(askedOverPreferred.json().findValuesAsText("id"));
  }

  @Test
  void the_default_reads_back_with_every_text_in_every_language_and_is_accepted_again() {
    var admin = api.logIn("admin@example.ac.uk");
    var document = api.get("/api/v1/admin/questionnaires/2", admin);

    assertThat(document.json().get("questions").get(0).get("text").get("cy").asText())
        .isEqualTo("Beth ddigwyddodd?");
    var added = api.post("/api/v1/admin/questionnaires", admin, document.json());
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
  }

  @Test
  void a_version_lacking_welsh_texts_is_refused_with_each_missing_text_named() {
    var admin = api.logIn("admin@example.ac.uk");
    var document = (ObjectNode) api.get("/api/v1/admin/questionnaires/2", admin).json();
    var where = (ObjectNode) document.get("questions").get(3);
    assertThat(where.get("id").asText()).isEqualTo("where");
    where.put("text", "Where were you?");
    ((ObjectNode) where.get("options").get(1))
        .set("label", Api.MAPPER.valueToTree(Map.of("en", "Elsewhere")));

    var refused = api.post("/api/v1/admin/questionnaires", admin, document);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fields())
        .containsExactly("questions[3].text.cy", "questions[3].options[1].label.cy");
    assertThat(refused.body()).contains("\\\"where\\\"", "\\\"off-campus\\\"");
    assertThat(api.get("/api/v1/admin/questionnaires", admin).json().get("versions")).hasSize(2);
  }

  /** Sends a report answering "where" with the option labelled {@code label} in {@code lang}. */
  private void reportChoosing(String lang, String label) {
    var questionnaire = api.call("/api/v1/questionnaire?lang=" + lang).send("GET", null).json();
    String chosen = null;
    for (var question : questionnaire.get("questions")) {
      if (question.get("id").asText().equals("where")) {
        for (var option : question.get("options")) {
          if (option.get("label").asText().equals(label)) {
            chosen = option.get("id").asText();
          }
        }
      }
    }
    assertThat(chosen).as(label).isNotNull();
    var body = Api.anonymousReport("What happened.");
    body.put("questionnaireVersion", questionnaire.get("version").asInt());
    @SuppressWarnings("unchecked")
    var answers = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("answers"));
    answers.put("where", chosen);
    body.put("answers", answers);
    var sent =
        api.call("/api/v1/reports?lang=" + lang).header("Accept-Language", lang).send("POST", body);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
  }

  @Test
  void a_report_made_in_welsh_counts_in_the_same_trend_cell_as_one_made_in_english() {
    for (int i = 0; i < 3; i++) {
      reportChoosing("cy", "Ar-lein, gan gynnwys cyfryngau cymdeithasol, e-bost a negeseuon");
      reportChoosing("en", "Online, including social media, email and messages");
    }
    var analyst = api.logIn("analyst@example.ac.uk");

    var trends = api.get("/api/v1/staff/trends?from=2026-11&to=2026-11&by=where", analyst).json();

    assertThat(trends.get("rows").findValuesAsText("key")).contains("online", "on-campus");
    for (var row : trends.get("rows")) {
      if (row.get("key").asText().equals("online")) {
        assertThat(row.get("total").get("count").asLong()).isEqualTo(6);
      } else {
        assertThat(
                row.get("total").get("count").isNull()
                    || row.get("total").get("count").asLong() == 0)
            .as(row.toString())
            .isTrue();
      }
    }
  }
}
