package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrendsApiTest {

  private static final String NOVEMBER = "from=2026-11&to=2026-11";

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private void submit(int times, String where, String namedPerson) {
    for (int i = 0; i < times; i++) {
      var body = Api.anonymousReport("What happened.");
      @SuppressWarnings("unchecked")
      var answers = new LinkedHashMap<>((Map<String, Object>) body.get("answers"));
      answers.put("where", where);
      if (namedPerson != null) {
        answers.put("named-person", namedPerson);
      }
      body.put("answers", answers);
      assertThat(api.post("/api/v1/reports", null, body).status()).isEqualTo(201);
    }
  }

  @Nested
  class Trends {

    @Test
    void counts_come_back_with_small_ones_as_words_never_numbers() {
      submit(9, "on-campus", null);
      submit(2, "online", null);
      var analyst = api.logIn("analyst@example.ac.uk");

      var reply = api.get("/api/v1/staff/trends?" + NOVEMBER + "&by=where", analyst);

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Cache-Control")).contains("no-store");
      var json = reply.json();
      assertThat(json.get("threshold").asInt()).isEqualTo(5);
      assertThat(json.get("by").get(0).asText()).isEqualTo("where");
      assertThat(json.get("total").get("count").asLong()).isEqualTo(11);
      var online = row(json, "online");
      assertThat(online.get("total").get("count").isNull()).isTrue();
      assertThat(online.get("total").get("suppressed").asText()).isEqualTo("FEWER_THAN");
      assertThat(online.get("total").get("shown").asText()).isEqualTo("fewer than 5");
      assertThat(reply.body()).doesNotContain("\"count\":2");
    }

    @Test
    void two_dimensions_give_rows_columns_and_cells() {
      submit(6, "on-campus", null);
      var lead = api.logIn("lead@example.ac.uk");

      var json = api.get("/api/v1/staff/trends?" + NOVEMBER + "&by=type,anonymous", lead).json();

      assertThat(json.get("columns")).hasSize(2);
      assertThat(json.get("columns").get(0).get("key").asText()).isEqualTo("anonymous");
      var harassment = row(json, "harassment");
      assertThat(harassment.get("cells")).hasSize(2);
      assertThat(harassment.get("cells").get(0).get("count").asLong()).isEqualTo(6);
    }

    @Test
    void bad_parameters_are_a_400_naming_each_field() {
      var analyst = api.logIn("analyst@example.ac.uk");

      var reply = api.get("/api/v1/staff/trends?from=2026-13&to=last+week&by=colour", analyst);

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.fields()).containsExactlyInAnyOrder("from", "to", "by");
      assertThat(api.get("/api/v1/staff/trends?" + NOVEMBER + "&by=type,type", analyst).fields())
          .containsExactly("by");
      assertThat(api.get("/api/v1/staff/trends?from=2026-11&to=2026-10&by=type", analyst).fields())
          .containsExactly("to");
      assertThat(
              api.get("/api/v1/staff/trends?" + NOVEMBER + "&by=type,where,month", analyst)
                  .fields())
          .containsExactly("by");
    }

    @Test
    void advisers_are_refused_and_strangers_unauthenticated() {
      var adviser = api.logIn("adviser@example.ac.uk");

      assertThat(api.get("/api/v1/staff/trends", adviser).status()).isEqualTo(403);
      assertThat(api.get("/api/v1/staff/trends", null).status()).isEqualTo(401);
      assertThat(api.get("/api/v1/staff/trends.csv", adviser).status()).isEqualTo(403);
    }

    @Test
    void the_csv_has_the_same_suppression() {
      submit(9, "on-campus", null);
      submit(2, "online", null);
      var admin = api.logIn("admin@example.ac.uk");

      var reply = api.get("/api/v1/staff/trends.csv?" + NOVEMBER + "&by=where", admin);

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Content-Type")).startsWith("text/csv");
      assertThat(reply.header("Content-Disposition"))
          .isEqualTo("attachment; filename=\"trends-2026-11-to-2026-11-by-where.csv\"");
      assertThat(reply.body())
          .startsWith("where,label,reports\r\n")
          .contains("online,\"Online, including social media, email and messages\",fewer than 5")
          .contains("total,All reports,11\r\n")
          .doesNotContain(",2\r\n");
    }

    @Test
    void closed_cases_are_read_by_outcome_in_json_and_csv_with_the_same_suppression() {
      var adviser = api.logIn("adviser@example.ac.uk");
      for (int i = 0; i < 8; i++) {
        var outcome = i < 6 ? "support-provided" : "referred-elsewhere";
        var reference = api.reportAnonymously("What happened.");
        var body = Map.<String, Object>of("status", "CLOSED", "reason", "Done", "outcome", outcome);
        assertThat(api.post("/api/v1/staff/cases/" + reference + "/status", adviser, body).status())
            .isEqualTo(204);
      }
      var analyst = api.logIn("analyst@example.ac.uk");

      var json = api.get("/api/v1/staff/trends?" + NOVEMBER + "&by=outcome", analyst).json();
      var csv = api.get("/api/v1/staff/trends.csv?" + NOVEMBER + "&by=outcome", analyst);
      var crossed = api.get("/api/v1/staff/trends?" + NOVEMBER + "&by=outcome,where", analyst);

      assertThat(json.get("by").get(0).asText()).isEqualTo("outcome");
      assertThat(row(json, "support-provided").get("total").get("count").asLong()).isEqualTo(6);
      assertThat(row(json, "referred-elsewhere").get("total").get("shown").asText())
          .isEqualTo("fewer than 5");
      assertThat(row(json, "support-provided").get("label").asText()).isEqualTo("Support provided");
      assertThat(csv.body())
          .startsWith("outcome,label,reports\r\n")
          .contains("support-provided,Support provided,6\r\n")
          .doesNotContain(",2\r\n");
      assertThat(crossed.status()).isEqualTo(400);
      assertThat(crossed.fields()).containsExactly("by");
    }

    @Test
    void a_bad_csv_request_is_a_problem_in_json() {
      var analyst = api.logIn("analyst@example.ac.uk");

      var reply = api.get("/api/v1/staff/trends.csv?by=nothing", analyst);

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.fields()).containsExactly("by");
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode row(
      com.fasterxml.jackson.databind.JsonNode json, String key) {
    for (var row : json.get("rows")) {
      if (row.get("key").asText().equals(key)) {
        return row;
      }
    }
    throw new AssertionError("no row " + key + " in " + json);
  }

  @Nested
  class Alerts {

    @Test
    void analysts_see_how_many_reports_leads_see_more_and_open_them() {
      submit(1, "on-campus", "Dr John Smith");
      submit(1, "on-campus", "Smith, John");
      submit(1, "on-campus", "JOHN SMITH");
      var analyst = api.logIn("analyst@example.ac.uk");
      var lead = api.logIn("lead@example.ac.uk");

      var seenByAnalyst = api.get("/api/v1/staff/alerts", analyst).json().get("alerts");
      var seenByLead = api.get("/api/v1/staff/alerts", lead).json().get("alerts");

      assertThat(seenByAnalyst).hasSize(1);
      assertThat(seenByAnalyst.get(0).get("reports").asInt()).isEqualTo(3);
      assertThat(seenByAnalyst.get(0).get("kind").isNull()).isTrue();
      assertThat(seenByAnalyst.get(0).get("firstReceivedAt").isNull()).isTrue();
      assertThat(seenByLead.get(0).get("kind").asText()).isEqualTo("PERSON");
      var id = seenByLead.get(0).get("id").asText();

      var opened = api.get("/api/v1/staff/alerts/" + id, lead);

      assertThat(opened.status()).isEqualTo(200);
      assertThat(opened.header("Cache-Control")).contains("no-store");
      assertThat(opened.json().get("reports")).hasSize(3);
      assertThat(api.get("/api/v1/staff/alerts/" + id, analyst).status()).isEqualTo(403);
    }

    @Test
    void advisers_see_no_alerts_and_unknown_alerts_are_not_found() {
      var adviser = api.logIn("adviser@example.ac.uk");
      var lead = api.logIn("lead@example.ac.uk");

      assertThat(api.get("/api/v1/staff/alerts", adviser).status()).isEqualTo(403);
      assertThat(api.get("/api/v1/staff/alerts/" + "0".repeat(24), lead).status()).isEqualTo(404);
      assertThat(api.get("/api/v1/staff/alerts/not-an-id", lead).status()).isEqualTo(404);
    }
  }

  @Nested
  class Settings {

    @Test
    void an_administrator_reads_and_replaces_them_and_trends_follow() {
      var admin = api.logIn("admin@example.ac.uk");
      assertThat(api.get("/api/v1/admin/analysis", admin).json().toString())
          .isEqualTo("{\"suppressionThreshold\":5,\"alertThreshold\":3,\"alertWindowDays\":90}");

      var reply =
          api.put(
              "/api/v1/admin/analysis",
              admin,
              Map.of("suppressionThreshold", 10, "alertThreshold", 2, "alertWindowDays", 30));

      assertThat(reply.status()).isEqualTo(204);
      assertThat(
              api.get("/api/v1/admin/analysis", admin).json().get("suppressionThreshold").asInt())
          .isEqualTo(10);
      assertThat(api.get("/api/v1/staff/trends", admin).json().get("threshold").asInt())
          .isEqualTo(10);
    }

    @Test
    void a_threshold_below_three_is_refused_naming_the_field() {
      var admin = api.logIn("admin@example.ac.uk");

      var reply =
          api.put(
              "/api/v1/admin/analysis",
              admin,
              Map.of("suppressionThreshold", 2, "alertThreshold", 1, "alertWindowDays", 0));

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.fields())
          .containsExactlyInAnyOrder("suppressionThreshold", "alertThreshold", "alertWindowDays");
    }

    @Test
    void replacing_the_calendar_keeps_them() {
      var admin = api.logIn("admin@example.ac.uk");
      api.put(
          "/api/v1/admin/analysis",
          admin,
          Map.of("suppressionThreshold", 7, "alertThreshold", 3, "alertWindowDays", 90));
      var calendar = api.get("/api/v1/admin/calendar", admin).json();

      assertThat(api.put("/api/v1/admin/calendar", admin, calendar).status()).isEqualTo(204);

      assertThat(
              api.get("/api/v1/admin/analysis", admin).json().get("suppressionThreshold").asInt())
          .isEqualTo(7);
    }

    @Test
    void only_administrators_may() {
      var analyst = api.logIn("analyst@example.ac.uk");

      assertThat(api.get("/api/v1/admin/analysis", analyst).status()).isEqualTo(403);
    }
  }
}
