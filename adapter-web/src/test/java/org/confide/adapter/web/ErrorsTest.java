package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.confide.adapter.web.security.SecurityHeaders;
import org.confide.adapter.web.security.TrustedProxies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented error, each an application/problem+json body with the security headers. */
class ErrorsTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private Api.Reply submit(Object body) {
    return api.call("/api/v1/reports").send("POST", body);
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    var json = reply.json();
    assertThat(json.get("status").asInt()).isEqualTo(status);
    assertThat(json.get("type").asText()).isNotBlank();
    assertThat(json.get("title").asText()).isNotBlank();
    assertThat(json.get("detail").asText()).isNotBlank();
    assertThat(json.get("errors").isArray()).isTrue();
    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(reply.header("Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
  }

  @Nested
  class BadBodies {

    @Test
    void malformed_json_is400() {
      var reply = submit("{\"questionnaireVersion\": 1, ");
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("body");
    }

    @Test
    void an_empty_body_is400() {
      var reply = submit("");
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("body");
    }

    @Test
    void trailing_content_is400() {
      var body = "{\"accessCode\": \"x\"} {}";
      var reply = api.call("/api/v1/reporter/session").send("POST", body);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("body");
    }

    @Test
    void a_key_given_twice_is400() {
      var reply =
          api.call("/api/v1/reporter/session")
              .send("POST", "{\"accessCode\": \"a\", \"accessCode\": \"b\"}");
      assertProblem(reply, 400);
      assertThat(reply.json().get("errors").get(0).get("message").asText()).contains("twice");
    }

    @Test
    void a_key_given_twice_inside_the_answers_is400() {
      var reply =
          submit(
              "{\"questionnaireVersion\":1,\"anonymous\":true,\"messaging\":true,"
                  + "\"answers\":{\"where\":\"on-campus\",\"where\":\"online\"}}");
      assertProblem(reply, 400);
    }

    @Test
    void deep_nesting_is400() {
      var deep = "[".repeat(200) + "]".repeat(200);
      var reply = submit("{\"questionnaireVersion\":1,\"answers\":{\"where\":" + deep + "}}");
      assertProblem(reply, 400);
      assertThat(reply.json().get("errors").get(0).get("message").asText())
          .isEqualTo("Is nested too deeply");
      var plain = submit(deep);
      assertProblem(plain, 400);
      assertThat(plain.fields()).containsExactly("body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void a_body_that_is_not_json_is415(String type) {
      var reply =
          api.call("/api/v1/reports").contentType(type).send("POST", Api.anonymousReport("x"));
      assertProblem(reply, 415);
    }

    @Test
    void a_body_without_content_type_is415() {
      var reply =
          api.call("/api/v1/reports").contentType(null).send("POST", Api.anonymousReport("x"));
      assertProblem(reply, 415);
    }

    @Test
    void json_with_a_charset_is_accepted() {
      var reply =
          api.call("/api/v1/reports")
              .contentType("application/json; charset=utf-8")
              .send("POST", Api.anonymousReport("x"));
      assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void every_missing_field_is_named() {
      var reply = submit(Map.of());
      assertProblem(reply, 400);
      assertThat(reply.fields())
          .containsExactlyInAnyOrder("questionnaireVersion", "answers", "anonymous", "messaging");
    }

    @Test
    void an_unknown_field_is400_naming_it() {
      var body = Api.anonymousReport("x");
      body.put("ipAddress", "10.0.0.1");
      var reply = submit(body);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("ipAddress");
    }

    @Test
    void an_unknown_nested_field_is400_naming_its_path() {
      var body = Api.anonymousReport("x");
      body.put("anonymous", false);
      body.put("messaging", false);
      body.put("contact", Map.of("name", "Sam", "email", "sam@example.ac.uk", "fax", "1"));
      var reply = submit(body);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("contact.fax");
    }

    @Test
    void a_number_where_text_is_expected_is400() {
      var adviserFree = api.call("/api/v1/reporter/session").send("POST", "{\"accessCode\": 1234}");
      assertProblem(adviserFree, 400);
      assertThat(adviserFree.fields()).containsExactly("accessCode");
    }

    @Test
    void text_where_a_number_or_a_boolean_is_expected_is400() {
      var body = Api.anonymousReport("x");
      body.put("questionnaireVersion", "1");
      var reply = submit(body);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("questionnaireVersion");

      var other = Api.anonymousReport("x");
      other.put("anonymous", "true");
      var second = submit(other);
      assertProblem(second, 400);
      assertThat(second.fields()).containsExactly("anonymous");
    }

    @Test
    void a_fraction_where_a_whole_number_is_expected_is400() {
      var body = Api.anonymousReport("x");
      body.put("questionnaireVersion", 1.5);
      var reply = submit(body);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("questionnaireVersion");
    }

    @Test
    void an_answer_that_is_neither_text_nor_a_list_of_text_is400() {
      var body = Api.anonymousReport("x");
      var answers = Api.calmAnswers();
      answers.put("where", 5);
      answers.put("incident-type", java.util.List.of("harassment", 7));
      body.put("answers", answers);
      var reply = submit(body);
      assertProblem(reply, 400);
      assertThat(reply.fields())
          .containsExactlyInAnyOrder("answers.where", "answers.incident-type");
    }

    @Test
    void a_null_answer_counts_as_not_answered() {
      var body = Api.anonymousReport("x");
      var answers = Api.calmAnswers();
      answers.put("where", null);
      answers.put("named-person", null);
      body.put("answers", answers);
      var reply = submit(body);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("answers.where");
    }

    @Test
    void an_unknown_questionnaire_version_is400() {
      var body = Api.anonymousReport("x");
      body.put("questionnaireVersion", 99);
      var reply = submit(body);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("questionnaireVersion");
    }

    @Test
    void an_unknown_option_is400() {
      var body = Api.anonymousReport("x");
      var answers = Api.calmAnswers();
      answers.put("where", "the-moon");
      body.put("answers", answers);
      var reply = submit(body);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("answers.where");
    }

    @Test
    void a_missing_required_answer_is400() {
      var body = Api.anonymousReport("x");
      var answers = Api.calmAnswers();
      answers.remove("incident-type");
      body.put("answers", answers);
      var reply = submit(body);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("answers.incident-type");
    }

    @Test
    void over_long_text_is400() {
      var reply = submit(Api.anonymousReport("x".repeat(60_000)));
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("account");
    }

    @Test
    void a_problem_never_repeats_what_was_sent() {
      var body = Api.anonymousReport("x");
      var answers = Api.calmAnswers();
      answers.put("where", "canary-option-value");
      body.put("answers", answers);
      body.put("canaryField", "canary-secret-value");
      assertThat(submit(body).body()).doesNotContain("canary-secret-value");
      body.remove("canaryField");
      assertThat(submit(body).body()).doesNotContain("canary-option-value");
    }

    @Test
    void a_body_larger_than_the_limit_is413() {
      var reply = submit(Api.anonymousReport("x".repeat(300 * 1024)));
      assertProblem(reply, 413);
    }

    @Test
    void nothing_is_written_when_the_request_is_invalid() {
      var body = Api.anonymousReport("x");
      body.put("questionnaireVersion", 99);
      submit(body);
      var adviser = api.logIn("adviser@example.ac.uk");
      assertThat(api.get("/api/v1/staff/cases", adviser).json().get("cases")).isEmpty();
    }
  }

  @Nested
  class Authentication {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "Bearer",
          "Bearer short",
          "Basic YWRtaW46YWRtaW4=",
          "Bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!",
          "Bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        })
    void aMissingMalformedOrUnknownTokenIs401(String header) {
      var call = api.call("/api/v1/reporter/report");
      if (!header.isEmpty()) {
        call.header("Authorization", header);
      }
      assertProblem(call.send("GET", null), 401);
    }

    @Test
    void a_reporter_token_on_a_staff_route_is401_and_a_staff_token_on_a_reporter_route_too() {
      var code = submit(Api.anonymousReport("x")).json().get("accessCode").asText();
      var reporter =
          api.post("/api/v1/reporter/session", null, Map.of("accessCode", code))
              .json()
              .get("token")
              .asText();
      assertProblem(api.get("/api/v1/staff/cases", reporter), 401);
      var adviser = api.logIn("adviser@example.ac.uk");
      assertProblem(api.get("/api/v1/reporter/report", adviser), 401);
    }

    @Test
    void a_wrong_code_is401() {
      assertProblem(
          api.post("/api/v1/reporter/session", null, Map.of("accessCode", "0000-0000-0000-0000")),
          401);
    }

    @Test
    void a_wrong_password_is401() {
      assertProblem(
          api.post(
              "/api/v1/staff/session",
              null,
              Map.of("email", "adviser@example.ac.uk", "password", "wrong")),
          401);
    }

    @Test
    void the_token_is_checked_before_the_body_is_read() {
      var reply = api.call("/api/v1/reporter/messages").send("POST", "not json at all");
      assertProblem(reply, 401);
    }
  }

  @Nested
  class Authorisation {

    @Test
    void an_adviser_may_not_create_staff() {
      var adviser = api.logIn("adviser@example.ac.uk");
      var reply =
          api.post(
              "/api/v1/admin/staff", adviser, Api.newStaff("new@example.ac.uk", "New", "ADVISER"));
      assertProblem(reply, 403);
    }

    @Test
    void another_advisers_case_and_a_nonexistent_one_get_the_same404() {
      var reference = submit(Api.anonymousReport("x")).json().get("reference").asText();
      var adviser = api.logIn("adviser@example.ac.uk");
      var other = api.logIn("other@example.ac.uk");
      api.post(
          "/api/v1/staff/cases/" + reference + "/assignment",
          adviser,
          Map.of("assignee", "adviser@example.ac.uk"));

      var theirs = api.get("/api/v1/staff/cases/" + reference, other);
      var nobodys = api.get("/api/v1/staff/cases/ABCDE-FGHJK", other);
      var malformed = api.get("/api/v1/staff/cases/not-a-reference", other);
      assertProblem(theirs, 404);
      assertProblem(nobodys, 404);
      assertProblem(malformed, 404);
      assertThat(theirs.body()).isEqualTo(nobodys.body()).isEqualTo(malformed.body());
    }

    @Test
    void a_malformed_id_is_refused_exactly_as_an_unknown_one_whoever_asks() {
      var analyst = api.logIn("analyst@example.ac.uk");
      for (var path :
          new String[] {
            "/api/v1/staff/cases/%s", "/api/v1/staff/alerts/%s",
          }) {
        var unknown = api.get(path.formatted("ABCDE-FGHJK"), analyst);
        var malformed = api.get(path.formatted("not-an-id"), analyst);
        assertProblem(malformed, 403);
        assertThat(malformed.body()).isEqualTo(unknown.body());
        assertProblem(api.get(path.formatted("not-an-id"), null), 401);
      }
    }

    @Test
    void an_unknown_escalation_is404() {
      var lead = api.logIn("lead@example.ac.uk");
      var body = Map.of("decision", "ACKNOWLEDGE", "rationale", "Seen");
      assertProblem(
          api.post(
              "/api/v1/staff/escalations/00000000-0000-4000-8000-000000000000/decision",
              lead,
              body),
          404);
      assertProblem(api.post("/api/v1/staff/escalations/nope/decision", lead, body), 404);
    }

    @Test
    void a_case_list_page_that_no_list_gave_or_a_size_out_of_range_is400_naming_the_parameter() {
      var adviser = api.logIn("adviser@example.ac.uk");

      var cursor = api.get("/api/v1/staff/cases?view=queue&after=not-a-cursor", adviser);
      var notANumber = api.get("/api/v1/staff/cases?view=queue&limit=many", adviser);
      var tooMany = api.get("/api/v1/staff/cases?view=queue&limit=101", adviser);
      var both =
          api.get(
              "/api/v1/staff/cases?after=1772442000.000000000.K7M2Q9XF3A"
                  + "&before=1772442000.000000000.K7M2Q9XF3A",
              adviser);

      assertProblem(cursor, 400);
      assertThat(cursor.fields()).containsExactly("after");
      assertProblem(notANumber, 400);
      assertThat(notANumber.fields()).containsExactly("limit");
      assertThat(tooMany.fields()).containsExactly("limit");
      assertThat(both.fields()).containsExactly("before");
    }

    @Test
    void an_unknown_case_view_is400() {
      var adviser = api.logIn("adviser@example.ac.uk");
      var reply = api.get("/api/v1/staff/cases?view=everything", adviser);
      assertProblem(reply, 400);
      assertThat(reply.fields()).containsExactly("view");
    }
  }

  @Nested
  class Routing {

    @Test
    void an_unknown_route_is404_with_headers() {
      assertProblem(api.get("/api/v1/nothing-here", null), 404);
      assertProblem(api.get("/api/v2/reports", null), 404);
    }

    @Test
    void a_wrong_method_is405() {
      assertProblem(api.put("/api/v1/reports", null, Map.of()), 405);
      assertProblem(api.delete("/api/v1/questionnaire", null), 405);
    }
  }

  @Nested
  class Throttling {

    @Test
    void after_five_wrong_codes_in_a_minute_the_next_try_is429_with_retry_after() {
      var code = submit(Api.anonymousReport("x")).json().get("accessCode").asText();
      for (int i = 0; i < 5; i++) {
        assertProblem(
            api.post(
                "/api/v1/reporter/session", null, Map.of("accessCode", "0000-0000-0000-000" + i)),
            401);
      }
      // Even the right code waits: the client cannot tell a hit from a miss while throttled.
      var throttled = api.post("/api/v1/reporter/session", null, Map.of("accessCode", code));
      assertProblem(throttled, 429);
      assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);

      api.fixture.clock.advance(Duration.ofSeconds(61));
      assertThat(api.post("/api/v1/reporter/session", null, Map.of("accessCode", code)).status())
          .isEqualTo(200);
    }

    @Test
    void without_a_trusted_proxy_a_forwarded_for_header_changes_nothing() {
      for (int i = 0; i < 5; i++) {
        wrongCode(api, "198.51.100." + i);
      }
      assertProblem(wrongCode(api, "198.51.100.99"), 429);
    }

    @Test
    void behind_a_trusted_proxy_each_client_it_names_has_its_own_budget() {
      try (var behindProxy =
          new Api(settings -> settings.withTrustedProxies(trusting("127.0.0.1")))) {
        for (int i = 0; i < 5; i++) {
          // The client's own first entry is ignored: the proxy's entry comes last.
          assertProblem(wrongCode(behindProxy, "6.6.6." + i + ", 198.51.100.1"), 401);
        }
        assertProblem(wrongCode(behindProxy, "198.51.100.1"), 429);
        assertProblem(wrongCode(behindProxy, "198.51.100.2"), 401);
      }
    }

    private static TrustedProxies trusting(String list) {
      return ((TrustedProxies.Parsed.Valid) TrustedProxies.parse(list)).proxies();
    }

    private static Api.Reply wrongCode(Api through, String forwardedFor) {
      return through
          .call("/api/v1/reporter/session")
          .header("X-Forwarded-For", forwardedFor)
          .send("POST", Map.of("accessCode", "0000-0000-0000-0000"));
    }

    @Test
    void after_five_wrong_passwords_the_account_waits_whatever_the_case_of_its_email() {
      for (int i = 0; i < 5; i++) {
        api.post(
            "/api/v1/staff/session",
            null,
            Map.of(
                "email",
                i % 2 == 0 ? "adviser@example.ac.uk" : "ADVISER@example.ac.uk",
                "password",
                "wrong " + i));
      }
      var throttled =
          api.post(
              "/api/v1/staff/session",
              null,
              Map.of("email", "adviser@example.ac.uk", "password", Api.PASSWORD));
      assertProblem(throttled, 429);
      assertThat(throttled.header("Retry-After")).isNotBlank();
      // Another account is not affected.
      assertThat(api.logIn("other@example.ac.uk")).isNotBlank();
    }
  }

  @Nested
  class Headers {

    @Test
    void requests_jetty_refuses_before_any_route_get_the_headers_and_a_problem_too() {
      var longUri = api.get("/api/v1/staff/cases?view=" + "v".repeat(20_000), null);
      assertProblem(longUri, 414);
      assertThat(longUri.header("Cache-Control")).contains("no-store");
      var bigHeader =
          api.call("/api/v1/questionnaire")
              .header("X-Padding", "p".repeat(20_000))
              .send("GET", null);
      assertProblem(bigHeader, 431);
      assertThat(longUri.body() + bigHeader.body()).doesNotContain("vvvv").doesNotContain("pppp");
      // Jetty closes the connection after such a refusal: a client told so opens a new one for
      // its next request instead of sending it down a closed connection.
      assertThat(longUri.header("Connection")).isEqualTo("close");
      assertThat(bigHeader.header("Connection")).isEqualTo("close");
    }

    @Test
    void every_response_carries_the_security_headers() {
      var questionnaire = api.get("/api/v1/questionnaire", null);
      assertThat(questionnaire.status()).isEqualTo(200);
      SecurityHeaders.forEveryResponse()
          .forEach((name, value) -> assertThat(questionnaire.header(name)).isEqualTo(value));
      assertThat(questionnaire.header("Strict-Transport-Security")).isNull();
      assertThat(questionnaire.header("Server")).isNull();
    }

    @Test
    void routes_with_report_content_are_never_stored_even_when_they_fail() {
      SecurityHeaders.forReportContent()
          .forEach((name, value) -> {
            assertThat(api.get("/api/v1/reporter/report", null).header(name)).isEqualTo(value);
            assertThat(api.get("/api/v1/staff/cases", null).header(name)).isEqualTo(value);
            assertThat(submit("{").header(name)).isEqualTo(value);
          });
    }

    @Test
    void hsts_only_behind_tls() {
      try (var tls = new Api(true)) {
        assertThat(tls.get("/api/v1/questionnaire", null).header("Strict-Transport-Security"))
            .isEqualTo("max-age=63072000; includeSubDomains");
        assertThat(tls.get("/nowhere", null).header("Strict-Transport-Security"))
            .isEqualTo("max-age=63072000; includeSubDomains");
      }
    }
  }

  @Nested
  class Unexpected {

    @Test
    void an_unexpected_failure_is_a500_problem_that_quotes_nothing() {
      var failing = new FailingClock();
      var settings = WebSettings.defaults(failing, () -> true);
      var app = WebServer.create(api.fixture.confide, settings).start("127.0.0.1", 0);
      try {
        var client = java.net.http.HttpClient.newHttpClient();
        var request =
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://127.0.0.1:" + app.port() + "/api/v1/reporter/session"))
                .header("Content-Type", "application/json")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"accessCode\":\"canary-code\"}"))
                .build();
        var reply =
            new Api.Reply(client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()));
        assertProblem(reply, 500);
        assertThat(reply.body()).doesNotContain("canary").doesNotContain("clock");
      } catch (java.io.IOException | InterruptedException e) {
        throw new AssertionError(e);
      } finally {
        app.stop();
      }
    }
  }

  /** A clock that fails, to make a request fail unexpectedly. */
  private static final class FailingClock extends Clock {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      throw new IllegalStateException("the clock broke with canary-code");
    }
  }
}
