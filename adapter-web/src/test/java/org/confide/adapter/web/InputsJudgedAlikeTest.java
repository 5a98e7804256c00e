package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs an integrator sends are judged as their neighbours are (issue 17): contact details with an
 * anonymous report are refused like a support request, half a surrogate pair is malformed text, a
 * body in a coding or a charset the server does not read is 415, the problems of one request are
 * listed up to a bound, every failed sign-in reads the same, and an answer with no body has no
 * media type. Over real HTTP.
 */
class InputsJudgedAlikeTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private Api.Reply submit(Object body) {
    return api.call("/api/v1/reports").send("POST", body);
  }

  private static void assertInvalid(Api.Reply reply, String... fields) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.fields()).containsExactly(fields);
  }

  @Nested
  class AnAnonymousReport {

    @Test
    void with_contact_details_is_refused_naming_them_as_one_asking_for_support_is() {
      var withContact = Api.anonymousReport("What happened.");
      withContact.put("contact", Map.of("name", "Sam", "email", "sam@example.ac.uk"));
      var withSupport = Api.anonymousReport("What happened.");
      withSupport.put("support", Map.of("wanted", true));

      assertInvalid(submit(withContact), "contact");
      assertInvalid(submit(withSupport), "support");
      var queue = api.get("/api/v1/staff/cases?view=queue", api.logIn("adviser@example.ac.uk"));
      assertThat(queue.json().get("cases")).isEmpty();
    }

    @Test
    void with_empty_contact_details_gives_nothing_away_and_is_accepted() {
      var body = Api.anonymousReport("What happened.");
      body.put("contact", Map.of("name", "", "email", " "));

      assertThat(submit(body).status()).isEqualTo(201);
    }
  }

  @Nested
  class HalfASurrogatePair {

    @Test
    void escaped_in_any_text_is_malformed_text_naming_the_field() {
      var account =
          "{\"questionnaireVersion\":1,\"answers\":"
              + calmAnswersJson()
              + ",\"account\":\"lone \\ud800 surrogate\",\"anonymous\":true,\"messaging\":true}";
      var contactName =
          "{\"questionnaireVersion\":1,\"answers\":"
              + calmAnswersJson()
              + ",\"anonymous\":false,\"messaging\":false,"
              + "\"contact\":{\"name\":\"Sam \\udc00\",\"email\":\"sam@example.ac.uk\"}}";

      assertInvalid(submit(account), "account");
      assertInvalid(submit(contactName), "contact.name");
      assertThat(submit(account).json().get("errors").get(0).get("message").asText())
          .contains("not well-formed text");
    }

    @Test
    void in_a_field_name_names_the_object_holding_it() {
      var body =
          "{\"questionnaireVersion\":1,\"answers\":{\"\\ud800\":\"x\"},"
              + "\"anonymous\":true,\"messaging\":true}";

      assertInvalid(submit(body), "answers");
    }

    @Test
    void escaped_in_capitals_is_malformed_text_too() {
      var account =
          "{\"questionnaireVersion\":1,\"answers\":"
              + calmAnswersJson()
              + ",\"account\":\"lone \\uDBFF surrogate\",\"anonymous\":true,\"messaging\":true}";

      assertInvalid(submit(account), "account");
    }

    @Test
    void sent_as_the_bytes_of_a_character_is_refused() throws Exception {
      var start =
          ("{\"questionnaireVersion\":1,\"answers\":" + calmAnswersJson() + ",\"account\":\"lone ")
              .getBytes(StandardCharsets.UTF_8);
      var end =
          " surrogate\",\"anonymous\":true,\"messaging\":true}".getBytes(StandardCharsets.UTF_8);
      var body = new ByteArrayOutputStream();
      body.write(start);
      // U+D800 encoded as if it were a character: no UTF-8 encoder writes this.
      body.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
      body.write(end);
      var request =
          HttpRequest.newBuilder(URI.create(base() + "/api/v1/reports"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
              .build();

      assertThat(send(request).statusCode()).isEqualTo(400);
    }

    @Test
    void a_whole_pair_is_text_and_is_kept() {
      var body = Api.anonymousReport("A pair \uD83D\uDE00 is one character.");

      assertThat(submit(body).status()).isEqualTo(201);
    }
  }

  @Nested
  class ContentCodings {

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "br", "deflate", "gzip, identity", "x-unknown"})
    void a_plain_body_labelled_with_a_coding_is_415(String coding) {
      var reply =
          api.call("/api/v1/reports")
              .header("Content-Encoding", coding)
              .send("POST", Api.anonymousReport("What happened."));

      assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.header("Accept-Encoding")).isEqualTo("identity");
    }

    @Test
    void a_real_gzip_body_is_415_not_a_complaint_about_its_json() throws Exception {
      var zipped = new ByteArrayOutputStream();
      try (var gzip = new GZIPOutputStream(zipped)) {
        gzip.write(Api.MAPPER.writeValueAsBytes(Api.anonymousReport("What happened.")));
      }
      var request =
          HttpRequest.newBuilder(URI.create(base() + "/api/v1/reports"))
              .header("Content-Type", "application/json")
              .header("Content-Encoding", "gzip")
              .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray()))
              .build();

      var reply = send(request);

      assertThat(reply.statusCode()).isEqualTo(415);
    }

    @Test
    void identity_is_no_coding_and_is_accepted() {
      var reply =
          api.call("/api/v1/reports")
              .header("Content-Encoding", "identity")
              .send("POST", Api.anonymousReport("What happened."));

      assertThat(reply.status()).isEqualTo(201);
    }
  }

  @Nested
  class Charsets {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "application/json; charset=iso-8859-1",
          "application/json; charset=utf-16",
          "application/json;charset=windows-1252"
        })
    void any_but_utf8_is_415(String type) {
      var reply =
          api.call("/api/v1/reports")
              .contentType(type)
              .send("POST", Api.anonymousReport("What happened."));

      assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "application/json",
          "application/json; charset=utf-8",
          "application/json; charset=\"UTF-8\"",
          "Application/JSON;charset=UTF8"
        })
    void utf8_said_or_unsaid_is_read(String type) {
      var reply =
          api.call("/api/v1/reports")
              .contentType(type)
              .send("POST", Api.anonymousReport("What happened."));

      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
  }

  @Nested
  class Shapes {

    @Test
    void a_lone_string_for_a_multiple_choice_answer_is_refused() {
      var body = Api.anonymousReport("What happened.");
      @SuppressWarnings("unchecked")
      var answers = (Map<String, Object>) body.get("answers");
      answers.put("incident-type", "harassment");

      assertInvalid(submit(body), "answers.incident-type");
    }

    @Test
    void a_trailing_slash_is_the_path_without_it_as_documented() {
      var token = api.logIn("adviser@example.ac.uk");

      assertThat(api.get("/api/v1/staff/cases/", token).body())
          .isEqualTo(api.get("/api/v1/staff/cases", token).body());
    }

    @Test
    void a_query_parameter_given_twice_takes_its_first_value_as_documented() {
      var token = api.logIn("adviser@example.ac.uk");

      var twice = api.get("/api/v1/staff/cases?view=queue&view=nonsense", token);

      assertThat(twice.status()).isEqualTo(200);
      assertThat(twice.body()).isEqualTo(api.get("/api/v1/staff/cases?view=queue", token).body());
    }

    @Test
    void a_byte_order_mark_before_the_json_is_read_as_documented() {
      var json = "\uFEFF" + toJson(Api.anonymousReport("What happened."));

      assertThat(submit(json).status()).isEqualTo(201);
    }
  }

  @Nested
  class TheListOfProblems {

    @Test
    void is_cut_at_fifty_with_a_count_of_the_rest() {
      var body = Api.anonymousReport("What happened.");
      @SuppressWarnings("unchecked")
      var answers = (Map<String, Object>) body.get("answers");
      var many = new LinkedHashMap<String, Object>(answers);
      for (int i = 0; i < 5_000; i++) {
        many.put("q" + i, "x");
      }
      body.put("answers", many);

      var reply = submit(body);

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.json().get("errors")).hasSize(Problem.MAX_ERRORS);
      assertThat(reply.json().get("moreErrors").asInt()).isEqualTo(5_000 - Problem.MAX_ERRORS);
      assertThat(reply.body().length()).isLessThan(10_000);
    }

    @Test
    void a_short_one_has_no_count() {
      var reply = submit(Map.of("questionnaireVersion", 1));

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.json().has("moreErrors")).isFalse();
    }
  }

  @Nested
  class AFailedSignIn {

    @Test
    void reads_the_same_for_a_wrong_code_an_unknown_email_and_a_wrong_password() {
      var wrongCode =
          api.post("/api/v1/reporter/session", null, Map.of("accessCode", "ABCD-EFGH-JKMN-PQRS"));
      var unknownEmail =
          api.post(
              "/api/v1/staff/session",
              null,
              Map.of("email", "nobody@example.ac.uk", "password", "not the password"));
      var wrongPassword =
          api.post(
              "/api/v1/staff/session",
              null,
              Map.of("email", "adviser@example.ac.uk", "password", "not the password"));

      for (var reply : List.of(wrongCode, unknownEmail, wrongPassword)) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("title").asText()).isEqualTo("Sign-in failed");
        assertThat(reply.json().get("detail").asText())
            .isEqualTo(wrongCode.json().get("detail").asText())
            .doesNotContain("session is missing");
      }
    }

    @Test
    void is_told_apart_from_a_session_that_has_ended() {
      var ended = api.get("/api/v1/reporter/report", "not-a-session");

      assertThat(ended.status()).isEqualTo(401);
      assertThat(ended.json().get("title").asText()).isNotEqualTo("Sign-in failed");
    }
  }

  @Nested
  class AnAnswerWithoutABody {

    @Test
    void a_204_has_no_content_type() {
      var receipt = submit(Api.anonymousReport("What happened."));
      var code = receipt.json().get("accessCode").asText();
      var token =
          api.post("/api/v1/reporter/session", null, Map.of("accessCode", code))
              .json()
              .get("token")
              .asText();

      var out = api.delete("/api/v1/reporter/session", token);

      assertThat(out.status()).isEqualTo(204);
      assertThat(out.header("Content-Type")).isNull();
    }

    @Test
    void a_head_has_no_content_type() throws Exception {
      for (var path : List.of("/api/v1/questionnaire", "/health", "/")) {
        var reply =
            send(
                HttpRequest.newBuilder(URI.create(base() + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build());

        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).as(path).isEmpty();
      }
    }
  }

  private String base() {
    return "http://127.0.0.1:" + api.app.port();
  }

  private static HttpResponse<String> send(HttpRequest request) throws IOException {
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String calmAnswersJson() {
    return toJson(Api.calmAnswers());
  }

  private static String toJson(Object value) {
    try {
      return Api.MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
