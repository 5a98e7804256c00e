package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The organisation's questionnaire versions over HTTP, and the JSON Schema of their document. */
class QuestionnairesApiTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private static JsonNode parse(String text) {
    try {
      return Api.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document of the built-in default, as the API answers it. */
  private ObjectNode theDefault(String admin) {
    var reply = api.get("/api/v1/admin/questionnaires/2", admin);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return (ObjectNode) reply.json();
  }

  /** A text in English and Welsh, as every text of a version must be. */
  private static ObjectNode inBoth(String english, String welsh) {
    var text = Api.MAPPER.createObjectNode();
    text.put("en", english);
    text.put("cy", welsh);
    return text;
  }

  private static ObjectNode question(ObjectNode document, String id) {
    for (var question : document.get("questions")) {
      if (question.get("id").asText().equals(id)) {
        return (ObjectNode) question;
      }
    }
    throw new AssertionError("no question " + id);
  }

  @Nested
  class RoundTrip {

    @Test
    void the_default_sent_back_makes_a_version_whose_document_is_exactly_the_same() {
      var admin = api.logIn("admin@example.ac.uk");
      var first = api.get("/api/v1/admin/questionnaires/2", admin);

      var added = api.post("/api/v1/admin/questionnaires", admin, first.json());

      assertThat(added.status()).as(added.toString()).isEqualTo(201);
      assertThat(added.json().get("version").asInt()).isEqualTo(3);
      var second = api.get("/api/v1/admin/questionnaires/3", admin);
      assertThat(second.body()).isEqualTo(first.body());
      assertThat(first.json().has("version")).isFalse();
      assertThat(first.body()).doesNotContain("null");
    }

    @Test
    void a_version_is_listed_and_only_becomes_current_and_answerable_when_put_in_use() {
      var admin = api.logIn("admin@example.ac.uk");
      var document = theDefault(admin);
      question(document, "where").set("text", inBoth("Where were you?", "Ble oeddech chi?"));
      api.post("/api/v1/admin/questionnaires", admin, document);
      var early = Api.anonymousReport("Answering a version not yet in use.");
      early.put("questionnaireVersion", 3);
      var refused = api.post("/api/v1/reports", null, early);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.fields()).containsExactly("questionnaireVersion");

      var listed = api.get("/api/v1/admin/questionnaires", admin).json().get("versions");
      assertThat(listed.findValuesAsText("version")).containsExactly("1", "2", "3");
      assertThat(listed.get(1).get("current").asBoolean()).isTrue();
      assertThat(listed.get(1).get("created").isNull()).isTrue();
      assertThat(listed.get(2).get("current").asBoolean()).isFalse();
      assertThat(listed.get(2).get("created").asText()).isNotBlank();
      assertThat(api.get("/api/v1/questionnaire", null).json().get("version").asInt()).isEqualTo(2);

      var put = api.put("/api/v1/admin/questionnaires/current", admin, Map.of("version", 3));

      assertThat(put.status()).as(put.toString()).isEqualTo(200);
      var current = api.get("/api/v1/questionnaire", null).json();
      assertThat(current.get("version").asInt()).isEqualTo(3);
      assertThat(current.toString()).contains("Where were you?");
    }

    @Test
    void a_report_made_on_the_old_version_keeps_reading_against_it() {
      var admin = api.logIn("admin@example.ac.uk");
      var report = api.post("/api/v1/reports", null, Api.anonymousReport("Before the change."));
      var code = report.json().get("accessCode").asText();
      var document = theDefault(admin);
      ((ObjectNode) question(document, "where").get("options").get(0))
          .set("label", inBoth("In a university building", "Mewn adeilad prifysgol"));
      api.post("/api/v1/admin/questionnaires", admin, document);
      api.put("/api/v1/admin/questionnaires/current", admin, Map.of("version", 3));

      var session = api.post("/api/v1/reporter/session", null, Map.of("accessCode", code)).json();
      var copy = api.get("/api/v1/reporter/report", session.get("token").asText());

      assertThat(copy.body()).contains("On campus, including university housing");
      assertThat(copy.body()).doesNotContain("In a university building");
      // A reporter who opened the form before the change may still send it.
      var old = Api.anonymousReport("Answering version 1 after the change.");
      assertThat(api.post("/api/v1/reports", null, old).status()).isEqualTo(201);
    }
  }

  @Nested
  class Problems {

    @Test
    void every_problem_is_named_by_its_path_and_nothing_is_stored() {
      var admin = api.logIn("admin@example.ac.uk");
      var document = theDefault(admin);
      var questions = (ArrayNode) document.get("questions");
      ((ObjectNode) questions.get(3).get("options").get(1)).put("id", "Off Campus");
      ((ObjectNode) questions.get(0)).put("kind", "ESSAY");
      ((ObjectNode) questions.get(1)).put("text", " ");

      var reply = api.post("/api/v1/admin/questionnaires", admin, document);

      assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
      assertThat(reply.fields())
          .containsExactlyInAnyOrder(
              "questions[3].options[1].id", "questions[0].kind", "questions[1].text");
      assertThat(api.get("/api/v1/admin/questionnaires", admin).json().get("versions")).hasSize(2);
    }

    @Test
    void a_document_without_a_stable_question_is_refused_naming_it() {
      var admin = api.logIn("admin@example.ac.uk");
      var document = theDefault(admin);
      var questions = (ArrayNode) document.get("questions");
      for (int i = questions.size() - 1; i >= 0; i--) {
        if (questions.get(i).get("id").asText().equals("immediate-danger")) {
          questions.remove(i);
        }
      }

      var reply = api.post("/api/v1/admin/questionnaires", admin, document);

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.fields()).containsExactly("questions");
      assertThat(reply.body()).contains("immediate-danger");
    }

    @Test
    void an_unknown_field_and_a_null_question_are_named() {
      var admin = api.logIn("admin@example.ac.uk");
      var document = theDefault(admin);
      question(document, "where").put("requried", true);

      assertThat(api.post("/api/v1/admin/questionnaires", admin, document).fields())
          .containsExactly("questions[3].requried");
      var nulls = parse("{\"questions\": [null]}");
      assertThat(api.post("/api/v1/admin/questionnaires", admin, nulls).fields())
          .containsExactly("questions[0]");
    }

    @Test
    void an_unknown_version_is_not_found_and_cannot_be_put_in_use() {
      var admin = api.logIn("admin@example.ac.uk");

      assertThat(api.get("/api/v1/admin/questionnaires/9", admin).status()).isEqualTo(404);
      assertThat(api.get("/api/v1/admin/questionnaires/nine", admin).status()).isEqualTo(404);
      var put = api.put("/api/v1/admin/questionnaires/current", admin, Map.of("version", 9));
      assertThat(put.status()).isEqualTo(400);
      assertThat(put.fields()).containsExactly("version");
      assertThat(
              api.put("/api/v1/admin/questionnaires/current", admin, Map.of("version", 0)).fields())
          .containsExactly("version");
    }
  }

  @Nested
  class SafeguardingSignals {

    @Test
    void a_version_that_drops_a_signal_waits_for_a_lead_before_it_can_be_put_in_use() {
      var admin = api.logIn("admin@example.ac.uk");
      var document = theDefault(admin);
      ((ObjectNode) question(document, "immediate-danger").get("options").get(0)).remove("signal");
      assertThat(api.post("/api/v1/admin/questionnaires", admin, document).status()).isEqualTo(201);

      var refused = api.put("/api/v1/admin/questionnaires/current", admin, Map.of("version", 3));

      assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
      var listed = api.get("/api/v1/admin/questionnaires", admin).json().get("versions").get(2);
      assertThat(listed.get("awaitingSafeguardingConfirmation").asBoolean()).isTrue();
      assertThat(listed.get("droppedSignals").get(0).get("signal").asText())
          .isEqualTo("IMMEDIATE_DANGER");
      assertThat(
              api.post("/api/v1/staff/questionnaire-changes/3/confirmation", admin, null).status())
          .isEqualTo(403);

      var lead = api.logIn("lead@example.ac.uk");
      var waiting = api.get("/api/v1/staff/questionnaire-changes", lead).json().get("versions");
      assertThat(waiting.findValuesAsText("version")).containsExactly("3");
      var confirmed = api.post("/api/v1/staff/questionnaire-changes/3/confirmation", lead, null);
      assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

      assertThat(
              api.put("/api/v1/admin/questionnaires/current", admin, Map.of("version", 3)).status())
          .isEqualTo(200);
      assertThat(
              api.post("/api/v1/staff/questionnaire-changes/7/confirmation", lead, null).status())
          .isEqualTo(404);
    }
  }

  @Nested
  class JsonSchema {

    private final Schema schema =
        SchemaRegistry.withDefaultDialect(Dialects.getDraft202012())
            .getSchema(api.get("/api/v1/questionnaire-schema.json", null).body());

    @Test
    void the_schema_is_served_as_json_schema() {
      var reply = api.get("/api/v1/questionnaire-schema.json", null);

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Content-Type")).startsWith("application/schema+json");
    }

    @Test
    void the_default_questionnaire_is_valid_against_the_schema() {
      var admin = api.logIn("admin@example.ac.uk");

      assertThat(schema.validate(theDefault(admin))).isEmpty();
    }

    @Test
    void the_readme_example_is_valid_against_the_schema_and_accepted() throws IOException {
      var readme =
          Files.readString(Path.of("..", "README.md").toAbsolutePath(), StandardCharsets.UTF_8);
      var example =
          Pattern.compile("cat > questionnaire\\.json <<'EOF'\\n(.*?)\\nEOF\\n", Pattern.DOTALL)
              .matcher(readme);
      assertThat(example.find()).as("the README's questionnaire example").isTrue();
      var document = parse(example.group(1));

      assertThat(schema.validate(document)).isEmpty();
      var admin = api.logIn("admin@example.ac.uk");
      var added = api.post("/api/v1/admin/questionnaires", admin, document);
      assertThat(added.status()).as(added.toString()).isEqualTo(201);
      assertThat(
              api.put("/api/v1/admin/questionnaires/current", admin, Map.of("version", 3)).status())
          .isEqualTo(200);
    }

    @Test
    void broken_documents_are_not_valid_against_the_schema() {
      assertThat(schema.validate(parse("{}"))).isNotEmpty();
      assertThat(schema.validate(parse("{\"questions\": []}"))).isNotEmpty();
      assertThat(schema.validate(parse("{\"version\": 2, \"questions\": [" + DATE + "]}")))
          .isNotEmpty();
      assertThat(
              schema.validate(
                  parse(
                      "{\"questions\": [{\"id\": \"Where\", \"text\": \"Where?\", \"kind\":"
                          + " \"DATE\"}]}")))
          .isNotEmpty();
      assertThat(
              schema.validate(
                  parse(
                      "{\"questions\": [{\"id\": \"where\", \"text\": \"Where?\", \"kind\":"
                          + " \"SINGLE_CHOICE\"}]}")))
          .isNotEmpty();
      assertThat(
              schema.validate(
                  parse(
                      "{\"questions\": [{\"id\": \"when\", \"text\": \"When?\", \"kind\":"
                          + " \"DATE\", \"maxLength\": 10}]}")))
          .isNotEmpty();
      assertThat(
              schema.validate(
                  parse(
                      "{\"questions\": [{\"id\": \"x\", \"text\": \"X?\", \"kind\":"
                          + " \"SINGLE_CHOICE\", \"options\": [{\"id\": \"a\", \"label\": \"A\","
                          + " \"signal\": \"LOUD\"}]}]}")))
          .isNotEmpty();
      assertThat(schema.validate(parse("{\"questions\": [" + DATE + "]}"))).isEmpty();
    }

    private static final String DATE =
        "{\"id\": \"when\", \"text\": \"When did it happen?\", \"kind\": \"DATE\"}";
  }
}
