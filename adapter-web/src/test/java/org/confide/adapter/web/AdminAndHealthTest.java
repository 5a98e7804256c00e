package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AdminAndHealthTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  @Nested
  class Staff {

    @Test
    void an_administrator_creates_an_account_that_can_log_in() {
      var admin = api.logIn("admin@example.ac.uk");
      var created =
          api.post(
              "/api/v1/admin/staff",
              admin,
              Api.newStaff("new@example.ac.uk", "New Adviser", "ADVISER"));
      assertThat(created.status()).isEqualTo(201);
      assertThat(created.json().get("id").asText()).isNotBlank();
      assertThat(api.logIn("new@example.ac.uk")).isNotBlank();
    }

    @Test
    void an_unknown_role_is400_naming_it() {
      var admin = api.logIn("admin@example.ac.uk");
      var reply =
          api.post(
              "/api/v1/admin/staff",
              admin,
              Api.newStaff("new@example.ac.uk", "New", "ADVISER", "OVERLORD"));
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.fields()).containsExactly("roles[1]");
    }
  }

  @Nested
  class Calendar {

    @Test
    void an_administrator_reads_and_replaces_the_calendar() {
      var admin = api.logIn("admin@example.ac.uk");
      var current = api.get("/api/v1/admin/calendar", admin);
      assertThat(current.status()).isEqualTo(200);
      assertThat(current.json().get("zone").asText()).isEqualTo("Europe/London");
      assertThat(current.json().get("serviceLevel").get("responseTargetWorkingDays").asInt())
          .isEqualTo(3);

      var replaced =
          api.put(
              "/api/v1/admin/calendar",
              admin,
              calendar(
                  List.of(Map.of("date", "2026-12-25", "name", "Christmas Day")),
                  List.of(
                      Map.of(
                          "firstDay", "2026-11-02",
                          "lastDay", "2026-11-03",
                          "notice", "Closed for training; call 999 in an emergency")),
                  5));
      assertThat(replaced.status()).as(replaced.toString()).isEqualTo(204);

      var status = api.get("/api/v1/service-status", null).json();
      assertThat(status.get("monitored").asBoolean()).isFalse();
      assertThat(status.get("closureNotice").asText()).startsWith("Closed for training");
      assertThat(status.get("responseTargetWorkingDays").asInt()).isEqualTo(5);
      var read = api.get("/api/v1/admin/calendar", admin).json();
      assertThat(read.get("holidays").get(0).get("date").asText()).isEqualTo("2026-12-25");
      assertThat(read.get("emergencyContacts")).isNull();
    }

    @Test
    void every_bad_entry_is_named() {
      var admin = api.logIn("admin@example.ac.uk");
      var body =
          calendar(
              List.of(Map.of("date", "2026-13-40", "name", "Nonsense")),
              List.of(
                  Map.of("firstDay", "2026-11-10", "lastDay", "2026-11-01", "notice", "Closed")),
              0);
      body.put("zone", "Mars/Olympus");
      body.put("workingWeekdays", List.of("MONDAY", "FUNDAY"));
      var reply = api.put("/api/v1/admin/calendar", admin, body);
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.fields())
          .containsExactlyInAnyOrder(
              "workingWeekdays[1]",
              "zone",
              "holidays[0].date",
              "closures[0]",
              "serviceLevel.responseTargetWorkingDays");
    }

    @Test
    void overlapping_closures_are400() {
      var admin = api.logIn("admin@example.ac.uk");
      var reply =
          api.put(
              "/api/v1/admin/calendar",
              admin,
              calendar(
                  List.of(),
                  List.of(
                      Map.of("firstDay", "2026-12-20", "lastDay", "2026-12-30", "notice", "A"),
                      Map.of("firstDay", "2026-12-24", "lastDay", "2027-01-02", "notice", "B")),
                  3));
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.fields()).containsExactly("closures");
    }

    @Test
    void an_adviser_may_not_read_it() {
      var adviser = api.logIn("adviser@example.ac.uk");
      assertThat(api.get("/api/v1/admin/calendar", adviser).status()).isEqualTo(403);
    }

    private static Map<String, Object> calendar(
        List<Map<String, String>> holidays, List<Map<String, String>> closures, int target) {
      var body = new LinkedHashMap<String, Object>();
      body.put("workingWeekdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
      body.put("zone", "Europe/London");
      body.put("holidays", holidays);
      body.put("closures", closures);
      body.put(
          "serviceLevel",
          Map.of("responseTargetWorkingDays", target, "escalationAcknowledgementWorkingDays", 1));
      return body;
    }
  }

  @Nested
  class PublicReads {

    @Test
    void the_questionnaire_lists_its_questions_with_stable_ids() {
      var questionnaire = api.get("/api/v1/questionnaire", null);
      assertThat(questionnaire.status()).isEqualTo(200);
      assertThat(questionnaire.json().get("version").asInt()).isEqualTo(2);
      var ids = new java.util.ArrayList<String>();
      questionnaire.json().get("questions").forEach(q -> ids.add(q.get("id").asText()));
      assertThat(ids).contains("incident-type", "where", "when", "under-18", "immediate-danger");
      var first = questionnaire.json().get("questions").get(0);
      assertThat(first.get("kind").asText()).isIn("SINGLE_CHOICE", "MULTIPLE_CHOICE");
      assertThat(first.get("options").get(0).has("signal")).isFalse();
    }

    @Test
    void the_questionnaire_asks_how_often_it_has_happened_with_the_answers_it_always_had() {
      var questions = api.get("/api/v1/questionnaire", null).json().get("questions");
      var howOften =
          java.util.stream.StreamSupport.stream(questions.spliterator(), false)
              .filter(q -> q.get("id").asText().equals("how-often"))
              .findFirst()
              .orElseThrow();

      assertThat(howOften.get("text").asText()).isEqualTo("How often has it happened?");
      assertThat(howOften.get("options").findValuesAsText("id"))
          .containsExactly("once", "more-than-once", "ongoing", "prefer-not-to-say");
    }

    @Test
    void the_service_status_says_whether_reports_are_read() {
      var status = api.get("/api/v1/service-status", null).json();
      assertThat(status.get("monitored").asBoolean()).isTrue();
      assertThat(status.get("closureNotice").isNull()).isTrue();
      assertThat(status.get("responseTargetWorkingDays").asInt()).isEqualTo(3);
      assertThat(status.get("emergencyContacts").get(0).get("phone").asText()).isEqualTo("999");
    }
  }

  @Test
  void jetty_handles_requests_on_virtual_threads() throws Exception {
    var onVirtualThread = new java.util.concurrent.CompletableFuture<Boolean>();
    api.app
        .jettyServer()
        .threadPool()
        .execute(() -> onVirtualThread.complete(Thread.currentThread().isVirtual()));
    assertThat(onVirtualThread.get(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  @Nested
  class Health {

    @Test
    void is_up_when_the_database_answers_and_down_when_not() {
      var up = api.get("/health", null);
      assertThat(up.status()).isEqualTo(200);
      assertThat(up.body()).isEqualTo("{\"status\":\"UP\"}");
      api.databaseAnswers.set(false);
      var down = api.get("/health", null);
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\"}");
      assertThat(down.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }
}
