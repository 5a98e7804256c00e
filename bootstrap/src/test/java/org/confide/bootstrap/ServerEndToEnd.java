package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The started server over real HTTP, on each store: the journeys of DESIGN.md, the errors, and what
 * the logs hold afterwards.
 */
abstract class ServerEndToEnd {

  private static final String ADMIN = "admin@example.ac.uk";
  private static final String PASSWORD = "a long enough password";
  private static final String CANARY_ACCOUNT = "canary-e2e-account-91ab: he waited by my door";
  private static final String CANARY_MESSAGE = "canary-e2e-message-77cd";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
  private ConfideServer server;
  private Http http;
  private StaffSignIn signIn;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  /** The environment the server starts with, on top of the shared settings. */
  abstract Map<String, String> store();

  @BeforeEach
  void start() {
    var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    logs.start();
    root.addAppender(logs);
    var environment = new HashMap<>(store());
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_ADMIN_EMAIL", ADMIN);
    environment.put("CONFIDE_ADMIN_PASSWORD", PASSWORD);
    var configuration =
        ((Configuration.Reading.Valid) Configuration.read(environment)).configuration();
    server = ConfideServer.start(configuration, Argon2idPasswords.Parameters.forTestsOnly(), clock);
    http = new Http(server.port());
    signIn = new StaffSignIn(server.port(), clock);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
  }

  private static final String CALM_ANSWERS =
      """
      "incident-type": ["harassment"], "where": "on-campus", "reporter-role": "student",
      "affected-person": "me", "under-18": "no", "immediate-danger": "no"
      """;

  private Optional<String> staffSession(String email) {
    return Optional.of(signIn.logIn(email, PASSWORD));
  }

  private Optional<String> createStaff(String email, String role) {
    var admin = staffSession(ADMIN);
    var created =
        http.post(
            "/api/v1/admin/staff",
            admin,
            "{\"email\": %s, \"displayName\": \"Staff\", \"roles\": [%s], \"password\": %s}"
                .formatted(Http.quote(email), Http.quote(role), Http.quote(PASSWORD)));
    assertThat(created.status()).isEqualTo(201);
    return staffSession(email);
  }

  @Test
  void the_organisations_pages_start_as_defaults_and_keep_what_an_administrator_saves() {
    assertThat(http.get("/api/v1/pages", Optional.empty()).body().findValuesAsText("slug"))
        .containsExactly("what-happens-next", "support", "covering-your-tracks", "accessibility");
    assertThat(http.page("/pages/privacy").statusCode()).isEqualTo(404);
    assertThat(http.page("/pages/support").body()).contains("Samaritans");
    var admin = staffSession(ADMIN);

    var saved =
        http.put(
            "/api/v1/admin/pages/privacy",
            admin,
            """
            {"title": "Privacy notice",
             "body": "## Who we are\\n\\nThe University of Example. <script>alert(1)</script>"}
            """);

    assertThat(saved.status()).isEqualTo(204);
    var privacy = http.page("/pages/privacy");
    assertThat(privacy.statusCode()).isEqualTo(200);
    assertThat(privacy.body())
        .contains("<h2>Who we are</h2>")
        .contains("The University of Example. &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert");
    assertThat(http.get("/api/v1/pages", Optional.empty()).body().findValuesAsText("slug"))
        .contains("privacy");
    var read = http.get("/api/v1/admin/pages/privacy", admin).body();
    assertThat(read.get("edited").asBoolean()).isTrue();
    assertThat(read.get("editedAt").asText()).isEqualTo("2026-11-02T10:00:00Z");
    assertThat(
            http.put(
                    "/api/v1/admin/pages/support",
                    admin,
                    "{\"title\": \"Support\", \"body\": \"[FILL IN: who to call]\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void the_start_logs_one_line_while_the_organisations_own_contacts_are_not_set() {
    var lines =
        logs.list.stream()
            .map(ILoggingEvent::getFormattedMessage)
            .filter(line -> line.contains("emergency contacts"))
            .toList();

    assertThat(lines)
        .singleElement()
        .asString()
        .startsWith("The organisation's own emergency contacts are not set");
    var status = http.get("/api/v1/service-status", Optional.empty());
    assertThat(status.body().get("emergencyContacts").findValuesAsText("phone"))
        .containsExactly("999", "111", "116 123");
    assertThat(status.body().toString()).doesNotContainIgnoringCase("not yet set");
    var admin = staffSession(ADMIN);
    assertThat(
            http.put(
                    "/api/v1/admin/emergency-contacts",
                    admin,
                    "{\"contacts\": [{\"name\": \"Campus security\", \"phone\": \"01632 960 000\"}]}")
                .status())
        .isEqualTo(204);
    assertThat(
            http.get("/api/v1/service-status", Optional.empty())
                .body()
                .get("emergencyContacts")
                .findValuesAsText("name"))
        .containsExactly("Campus security");
  }

  @Test
  void the_anonymous_conversation_and_the_advisers_side() {
    var adviser = createStaff("adviser@example.ac.uk", "ADVISER");

    var submitted =
        http.post(
            "/api/v1/reports",
            Optional.empty(),
            """
            {"questionnaireVersion": 1, "answers": {%s}, "account": %s,
             "anonymous": true, "messaging": true}
            """
                .formatted(CALM_ANSWERS, Http.quote(CANARY_ACCOUNT)));
    assertThat(submitted.status()).isEqualTo(201);
    var code = submitted.body().get("accessCode").asText();
    assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(submitted.body().get("responseDueBy").asText()).isNotBlank();

    var session =
        http.post(
            "/api/v1/reporter/session",
            Optional.empty(),
            "{\"accessCode\": %s}".formatted(Http.quote(code.toLowerCase().replace("-", " "))));
    assertThat(session.status()).isEqualTo(200);
    var reporter = Optional.of(session.body().get("token").asText());

    var copy = http.get("/api/v1/reporter/report", reporter);
    assertThat(copy.status()).isEqualTo(200);
    assertThat(copy.body().get("account").asText()).isEqualTo(CANARY_ACCOUNT);
    assertThat(copy.raw().headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

    assertThat(
            http.post(
                    "/api/v1/reporter/messages",
                    reporter,
                    "{\"body\": %s}".formatted(Http.quote(CANARY_MESSAGE)))
                .status())
        .isEqualTo(201);

    var unread = http.get("/api/v1/staff/cases?view=unread", adviser);
    assertThat(unread.status()).isEqualTo(200);
    assertThat(unread.body().get("cases")).hasSize(1);
    var reference = unread.body().get("cases").get(0).get("reference").asText();
    var caseFile = http.get("/api/v1/staff/cases/" + reference, adviser);
    assertThat(caseFile.status()).isEqualTo(200);
    assertThat(caseFile.body().toString()).contains(CANARY_MESSAGE);
    assertThat(
            http.post(
                    "/api/v1/staff/cases/" + reference + "/messages",
                    adviser,
                    "{\"body\": \"We are here to help.\"}")
                .status())
        .isEqualTo(201);

    var thread = http.get("/api/v1/reporter/messages", reporter);
    assertThat(thread.status()).isEqualTo(200);
    assertThat(thread.body().get("messages")).hasSize(2);
    assertThat(thread.body().get("messages").get(1).get("body").asText())
        .isEqualTo("We are here to help.");

    assertThat(http.delete("/api/v1/reporter/session", reporter).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/reporter/messages", reporter).status()).isEqualTo(401);

    // Nothing said in the conversation, no code, no token and no address reached a log line.
    var logged =
        String.join("\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    assertThat(logged)
        .doesNotContain(CANARY_ACCOUNT)
        .doesNotContain(CANARY_MESSAGE)
        .doesNotContain(code)
        .doesNotContain(code.replace("-", ""))
        .doesNotContain(reporter.get())
        .doesNotContain(adviser.get())
        .doesNotContain(PASSWORD)
        .doesNotContain("127.0.0.1");
  }

  @Test
  void a_lead_refers_an_escalation_raised_at_submission() {
    var lead = createStaff("lead@example.ac.uk", "SAFEGUARDING_LEAD");
    var submitted =
        http.post(
            "/api/v1/reports",
            Optional.empty(),
            """
            {"questionnaireVersion": 1,
             "answers": {%s},
             "anonymous": false, "messaging": false,
             "contact": {"name": "Sam", "email": "sam@example.ac.uk"}}
            """
                .formatted(CALM_ANSWERS.replace("\"under-18\": \"no\"", "\"under-18\": \"yes\"")));
    assertThat(submitted.status()).isEqualTo(201);
    assertThat(submitted.body().get("accessCode").isNull()).isTrue();

    var open = http.get("/api/v1/staff/escalations", lead);
    assertThat(open.status()).isEqualTo(200);
    var id = open.body().get("escalations").get(0).get("id").asText();
    var decided =
        http.post(
            "/api/v1/staff/escalations/" + id + "/decision",
            lead,
            """
            {"decision": "REFER", "referredTo": "Children's services",
             "rationale": "A child may be at risk"}
            """);
    assertThat(decided.status()).isIn(200, 204);
    assertThat(http.get("/api/v1/staff/escalations", lead).body().get("escalations")).isEmpty();
  }

  @Test
  void trends_and_a_pattern_alert_without_a_name_in_any_log() {
    var analyst = createStaff("analyst@example.ac.uk", "ANALYST");
    var lead = createStaff("lead@example.ac.uk", "SAFEGUARDING_LEAD");
    for (var written :
        new String[] {"Dr Jane Roe-Canary", "Roe-Canary, Jane", "jane  roe canary"}) {
      var submitted =
          http.post(
              "/api/v1/reports",
              Optional.empty(),
              """
              {"questionnaireVersion": 1, "answers": {%s, "named-person": %s},
               "anonymous": true, "messaging": false}
              """
                  .formatted(CALM_ANSWERS, Http.quote(written)));
      assertThat(submitted.status()).isEqualTo(201);
    }

    var trends = http.get("/api/v1/staff/trends?from=2026-11&to=2026-11&by=where", analyst);
    assertThat(trends.status()).isEqualTo(200);
    // Three reports in all: the total itself is fewer than 5, and so is every place.
    assertThat(trends.body().get("total").get("suppressed").asText()).isEqualTo("FEWER_THAN");
    assertThat(trends.body().toString()).doesNotContain("\"count\":3");

    var alerts = http.get("/api/v1/staff/alerts", analyst).body().get("alerts");
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).get("reports").asInt()).isEqualTo(3);
    assertThat(alerts.get(0).get("kind").isNull()).isTrue();
    var id = alerts.get(0).get("id").asText();
    assertThat(http.get("/api/v1/staff/alerts/" + id, analyst).status()).isEqualTo(403);
    var opened = http.get("/api/v1/staff/alerts/" + id, lead);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.body().get("reports")).hasSize(3);

    assertThat(logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList())
        .noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains("canary"));
  }

  @Test
  void bad_input_is_a400_naming_the_field_and_a_wrong_code_a401() {
    var bad =
        http.post(
            "/api/v1/reports",
            Optional.empty(),
            "{\"questionnaireVersion\": 1, \"answers\": {}, \"anonymous\": true, \"messaging\": false}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(bad.body().get("errors").toString()).contains("answers.incident-type");

    assertThat(
            http.post(
                    "/api/v1/reporter/session",
                    Optional.empty(),
                    "{\"accessCode\": \"ZZZZ-ZZZZ-ZZZZ-ZZZZ\"}")
                .status())
        .isEqualTo(401);
  }

  @Test
  void guessing_access_codes_is_throttled_after_five_tries() {
    for (int i = 0; i < 5; i++) {
      assertThat(
              http.post(
                      "/api/v1/reporter/session",
                      Optional.empty(),
                      "{\"accessCode\": \"ZZZZ-ZZZZ-ZZZZ-ZZZ%d\"}".formatted(i))
                  .status())
          .isEqualTo(401);
    }

    var sixth =
        http.post(
            "/api/v1/reporter/session",
            Optional.empty(),
            "{\"accessCode\": \"ZZZZ-ZZZZ-ZZZZ-ZZZ9\"}");

    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.raw().headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void sessions_expire_when_left_idle() {
    var adviser = createStaff("adviser@example.ac.uk", "ADVISER");
    assertThat(http.get("/api/v1/staff/cases", adviser).status()).isEqualTo(200);

    clock.advance(Duration.ofMinutes(31));

    assertThat(http.get("/api/v1/staff/cases", adviser).status()).isEqualTo(401);
  }

  @Test
  void health_says_up() {
    var health = http.get("/health", Optional.empty());
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().get("status").asText()).isEqualTo("UP");
    assertThat(health.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void the_pages_and_their_stylesheet_are_served() {
    var home = http.page("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("<h1>Tell us what happened</h1>").contains("999");
    assertThat(home.headers().firstValue("Cache-Control")).contains("no-store, max-age=0");
    assertThat(http.page("/staff/sign-in").body()).contains("<h1>Sign in to case work</h1>");
    assertThat(http.page("/assets/confide.css").statusCode()).isEqualTo(200);
  }
}
