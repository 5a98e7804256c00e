package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The reporter's and the case team's journeys, over real HTTP. */
class ConversationTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  @Nested
  class TheAnonymousConversation {

    @Test
    void runs_from_submission_to_log_out() {
      var receipt =
          api.call("/api/v1/reports").send("POST", Api.anonymousReport("Canary account text."));
      assertThat(receipt.status()).isEqualTo(201);
      var code = receipt.json().get("accessCode").asText();
      var reference = receipt.json().get("reference").asText();
      assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
      assertThat(reference).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
      assertThat(receipt.json().get("responseDueBy").asText()).isEqualTo("2026-11-06T00:00:00Z");
      assertThat(receipt.json().get("emergency").isNull()).isTrue();

      // The reporter comes back with the code, typed carelessly.
      var session =
          api.post(
              "/api/v1/reporter/session",
              null,
              Map.of("accessCode", code.toLowerCase().replace("-", " ")));
      assertThat(session.status()).isEqualTo(200);
      var reporter = session.json().get("token").asText();
      assertThat(session.json().get("expiresAt").asText()).isEqualTo("2026-11-02T12:00:00Z");

      var copy = api.get("/api/v1/reporter/report", reporter);
      assertThat(copy.status()).isEqualTo(200);
      assertThat(copy.json().get("account").asText()).isEqualTo("Canary account text.");
      assertThat(copy.json().get("status").asText()).isEqualTo("NEW");
      assertThat(copy.json().get("progress").asText()).isEqualTo("RECEIVED");
      assertThat(copy.json().get("anonymous").asBoolean()).isTrue();
      assertThat(copy.json().get("submittedAt").asText()).isEqualTo("2026-11-02T10:00:00Z");
      assertThat(copy.json().get("answers").get(0).get("question").asText())
          .isEqualTo("incident-type");
      assertThat(copy.header("Cache-Control")).isEqualTo("no-store, max-age=0");

      var sent =
          api.post("/api/v1/reporter/messages", reporter, Map.of("body", "Is anyone there?"));
      assertThat(sent.status()).isEqualTo(201);
      assertThat(sent.json().get("from").asText()).isEqualTo("REPORTER");

      // The adviser logs in, finds the case in the queue, reads it and replies.
      var adviser = api.logIn("adviser@example.ac.uk");
      var queue = api.get("/api/v1/staff/cases?view=queue", adviser);
      assertThat(queue.status()).isEqualTo(200);
      assertThat(queue.json().get("cases")).hasSize(1);
      var row = queue.json().get("cases").get(0);
      assertThat(row.get("reference").asText()).isEqualTo(reference);
      assertThat(row.get("anonymous").asBoolean()).isTrue();
      assertThat(row.get("unreadMessages").asInt()).isEqualTo(1);
      assertThat(row.get("risk").asText()).isEqualTo("NONE");
      assertThat(row.get("assignee").isNull()).isTrue();

      assertThat(
              api.post(
                      "/api/v1/staff/cases/" + reference + "/assignment",
                      adviser,
                      Map.of("assignee", "adviser@example.ac.uk"))
                  .status())
          .isEqualTo(204);
      var mine = api.get("/api/v1/staff/cases?view=mine", adviser);
      assertThat(mine.json().get("cases").get(0).get("assignee").asText())
          .isEqualTo("adviser@example.ac.uk");

      var file = api.get("/api/v1/staff/cases/" + reference, adviser);
      assertThat(file.status()).isEqualTo(200);
      assertThat(file.json().get("account").asText()).isEqualTo("Canary account text.");
      assertThat(file.json().get("contact").isNull()).isTrue();
      assertThat(file.json().get("messages").get(0).get("body").asText())
          .isEqualTo("Is anyone there?");
      assertThat(file.header("Cache-Control")).isEqualTo("no-store, max-age=0");

      var reply =
          api.post(
              "/api/v1/staff/cases/" + reference + "/messages",
              adviser,
              Map.of("body", "Yes, I am here to help."));
      assertThat(reply.status()).isEqualTo(201);

      // The reporter reads the reply; staff appear by role, not name.
      var thread = api.get("/api/v1/reporter/messages", reporter);
      assertThat(thread.status()).isEqualTo(200);
      var messages = thread.json().get("messages");
      assertThat(messages).hasSize(2);
      assertThat(messages.get(1).get("from").asText()).isEqualTo("STAFF");
      assertThat(messages.get(1).get("body").asText()).isEqualTo("Yes, I am here to help.");
      assertThat(messages.get(1).get("author").asText()).doesNotContain("Alex");
      assertThat(api.get("/api/v1/reporter/report", reporter).json().get("progress").asText())
          .isEqualTo("REPLIED");

      // Logging out ends the session at once.
      assertThat(api.delete("/api/v1/reporter/session", reporter).status()).isEqualTo(204);
      assertThat(api.get("/api/v1/reporter/report", reporter).status()).isEqualTo(401);
      assertThat(api.delete("/api/v1/staff/session", adviser).status()).isEqualTo(204);
      assertThat(api.get("/api/v1/staff/cases", adviser).status()).isEqualTo(401);
    }

    @Test
    void a_date_question_takes_a_month_and_year_when_the_day_is_not_known() {
      var report = Api.anonymousReport("Some time in March.");
      @SuppressWarnings("unchecked")
      var answers = new java.util.LinkedHashMap<>((Map<String, Object>) report.get("answers"));
      answers.put("when", "2026-03");
      report.put("answers", answers);
      var receipt = api.call("/api/v1/reports").send("POST", report);
      assertThat(receipt.status()).isEqualTo(201);
      var reporter = api.reporterToken(receipt);
      var when = new java.util.ArrayList<String>();
      api.get("/api/v1/reporter/report", reporter)
          .json()
          .get("answers")
          .forEach(answer -> {
            if (answer.get("question").asText().equals("when")) {
              answer.get("answer").forEach(word -> when.add(word.asText()));
            }
          });
      assertThat(when).containsExactly("2026-03");

      answers.put("when", "2026-12");
      var future = api.call("/api/v1/reports").send("POST", report);
      assertThat(future.status()).isEqualTo(400);
      assertThat(future.body()).contains("answers.when").contains("This date is in the future");
    }

    @Test
    void a_reporter_may_say_who_they_are_later() {
      var reporter = reporterSession();
      var contact = Map.of("name", "Sam Reporter", "email", "sam@example.ac.uk", "phone", "");
      assertThat(api.post("/api/v1/reporter/contact", reporter, contact).status()).isEqualTo(204);
      assertThat(api.get("/api/v1/reporter/report", reporter).json().get("anonymous").asBoolean())
          .isFalse();
    }

    @Test
    void a_reporter_may_erase_their_report() {
      var reporter = reporterSession();
      assertThat(api.delete("/api/v1/reporter/report", reporter).status()).isEqualTo(204);
      assertThat(api.get("/api/v1/reporter/report", reporter).status()).isEqualTo(401);
      var adviser = api.logIn("adviser@example.ac.uk");
      assertThat(api.get("/api/v1/staff/cases", adviser).json().get("cases")).isEmpty();
    }

    @Test
    void a_session_left_idle_expires() {
      var reporter = reporterSession();
      api.fixture.clock.advance(Duration.ofMinutes(19));
      assertThat(api.get("/api/v1/reporter/report", reporter).status()).isEqualTo(200);
      api.fixture.clock.advance(Duration.ofMinutes(21));
      var expired = api.get("/api/v1/reporter/report", reporter);
      assertThat(expired.status()).isEqualTo(401);
      assertThat(expired.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_staff_session_left_idle_expires() {
      var adviser = api.logIn("adviser@example.ac.uk");
      api.fixture.clock.advance(Duration.ofMinutes(31));
      assertThat(api.get("/api/v1/staff/cases", adviser).status()).isEqualTo(401);
    }

    @Test
    void a_retry_with_the_same_idempotency_key_gives_the_same_report() {
      var key = "a-key-of-sixteen-or-more";
      var first =
          api.call("/api/v1/reports")
              .header("Idempotency-Key", key)
              .send("POST", Api.anonymousReport("Once."));
      var again =
          api.call("/api/v1/reports")
              .header("Idempotency-Key", key)
              .send("POST", Api.anonymousReport("Once."));
      assertThat(first.status()).isEqualTo(201);
      assertThat(again.status()).isEqualTo(201);
      assertThat(again.json().get("reference")).isEqualTo(first.json().get("reference"));
    }

    private String reporterSession() {
      var code =
          api.call("/api/v1/reports")
              .send("POST", Api.anonymousReport("Something happened."))
              .json()
              .get("accessCode")
              .asText();
      return api.post("/api/v1/reporter/session", null, Map.of("accessCode", code))
          .json()
          .get("token")
          .asText();
    }
  }

  @Nested
  class TheNamedRoute {

    @Test
    void a_named_report_gets_no_code_and_shows_its_contact_to_the_adviser() {
      var body = new LinkedHashMap<String, Object>();
      body.put("questionnaireVersion", 1);
      body.put("answers", Api.calmAnswers());
      body.put("account", "I would like to talk to someone.");
      body.put("anonymous", false);
      body.put(
          "contact", Map.of("name", "Sam Reporter", "email", "sam@example.ac.uk", "phone", ""));
      body.put("messaging", false);
      body.put("support", Map.of("wanted", true, "adviserPreference", "a woman adviser"));
      var receipt = api.call("/api/v1/reports").send("POST", body);
      assertThat(receipt.status()).isEqualTo(201);
      assertThat(receipt.json().get("accessCode").isNull()).isTrue();

      var adviser = api.logIn("adviser@example.ac.uk");
      var file =
          api.get("/api/v1/staff/cases/" + receipt.json().get("reference").asText(), adviser);
      assertThat(file.status()).isEqualTo(200);
      assertThat(file.json().get("contact").get("email").asText()).isEqualTo("sam@example.ac.uk");
      assertThat(file.json().get("supportRequested").asBoolean()).isTrue();
      assertThat(file.json().get("supportPreference").asText()).isEqualTo("a woman adviser");
      assertThat(file.json().get("twoWayMessaging").asBoolean()).isFalse();
    }
  }

  @Nested
  class Safeguarding {

    @Test
    void a_reporter_erasing_an_escalated_report_is_warned_and_it_is_held_for_the_leads_alone() {
      var receipt =
          api.call("/api/v1/reports").send("POST", Api.anonymousReport("Hold me if you must."));
      var reference = receipt.json().get("reference").asText();
      var code = receipt.json().get("accessCode").asText();
      var reporter =
          api.post("/api/v1/reporter/session", null, Map.of("accessCode", code))
              .json()
              .get("token")
              .asText();
      assertThat(
              api.get("/api/v1/reporter/report", reporter)
                  .json()
                  .get("keptForSafeguardingIfErased")
                  .asBoolean())
          .isFalse();
      var adviser = api.logIn("adviser@example.ac.uk");
      assertThat(
              api.post(
                      "/api/v1/staff/cases/" + reference + "/escalations",
                      adviser,
                      Map.of("reason", "They may be at risk"))
                  .status())
          .isEqualTo(201);
      assertThat(
              api.get("/api/v1/reporter/report", reporter)
                  .json()
                  .get("keptForSafeguardingIfErased")
                  .asBoolean())
          .isTrue();

      assertThat(api.delete("/api/v1/reporter/report", reporter).status()).isEqualTo(204);

      assertThat(api.get("/api/v1/reporter/report", reporter).status()).isEqualTo(401);
      assertThat(api.post("/api/v1/reporter/session", null, Map.of("accessCode", code)).status())
          .isEqualTo(401);
      assertThat(api.get("/api/v1/staff/cases/" + reference, adviser).status()).isEqualTo(404);
      assertThat(api.get("/api/v1/staff/cases", adviser).json().get("cases")).isEmpty();
      var lead = api.logIn("lead@example.ac.uk");
      var held = api.get("/api/v1/staff/cases/" + reference, lead);
      assertThat(held.status()).isEqualTo(200);
      assertThat(held.json().get("erasureRequestedAt").asText()).isEqualTo("2026-11-02T10:00:00Z");
      assertThat(held.json().get("account").asText()).isEqualTo("Hold me if you must.");
      var reply =
          api.post(
              "/api/v1/staff/cases/" + reference + "/messages",
              lead,
              Map.of("body", "Are you safe?"));
      assertThat(reply.status()).isEqualTo(409);
    }

    @Test
    void an_urgent_report_is_escalated_and_a_lead_refers_it() {
      var body = Api.anonymousReport("Please help.");
      var answers = Api.calmAnswers();
      answers.put("under-18", "yes");
      body.put("answers", answers);
      var receipt = api.call("/api/v1/reports").send("POST", body);
      assertThat(receipt.status()).isEqualTo(201);
      var reference = receipt.json().get("reference").asText();

      var lead = api.logIn("lead@example.ac.uk");
      var open = api.get("/api/v1/staff/escalations", lead);
      assertThat(open.status()).isEqualTo(200);
      var escalation = open.json().get("escalations").get(0);
      assertThat(escalation.get("reference").asText()).isEqualTo(reference);
      assertThat(escalation.get("status").asText()).isEqualTo("RAISED");
      assertThat(escalation.get("acknowledgementDueBy").asText()).isEqualTo("2026-11-04T00:00:00Z");
      assertThat(escalation.get("acknowledgementOverdue").asBoolean()).isFalse();
      var id = escalation.get("id").asText();

      var escalated = api.get("/api/v1/staff/cases?view=escalated", lead);
      assertThat(escalated.json().get("cases").get(0).get("risk").asText()).isEqualTo("URGENT");

      var adviser = api.logIn("adviser@example.ac.uk");
      var decision = "/api/v1/staff/escalations/" + id + "/decision";
      assertThat(
              api.post(decision, adviser, Map.of("decision", "ACKNOWLEDGE", "rationale", "Seen"))
                  .status())
          .isEqualTo(403);
      var blank = api.post(decision, lead, Map.of("decision", "ACKNOWLEDGE", "rationale", " "));
      assertThat(blank.status()).isEqualTo(400);
      assertThat(blank.fields()).containsExactly("rationale");

      assertThat(
              api.post(
                      decision,
                      lead,
                      Map.of("decision", "ACKNOWLEDGE", "rationale", "Reading it now"))
                  .status())
          .isEqualTo(204);
      assertThat(
              api.post(
                      decision,
                      lead,
                      Map.of(
                          "decision",
                          "REFER",
                          "referredTo",
                          "Local authority children's services",
                          "rationale",
                          "A child may be at risk"))
                  .status())
          .isEqualTo(204);

      assertThat(api.get("/api/v1/staff/escalations", lead).json().get("escalations")).isEmpty();
      var file = api.get("/api/v1/staff/cases/" + reference, lead);
      assertThat(file.json().get("escalations").get(0).get("status").asText())
          .isEqualTo("REFERRED");
    }

    @Test
    void immediate_danger_shows_emergency_contacts_at_once() {
      var body = Api.anonymousReport("I am scared.");
      var answers = Api.calmAnswers();
      answers.put("immediate-danger", "yes");
      body.put("answers", answers);
      var receipt = api.call("/api/v1/reports").send("POST", body);
      assertThat(receipt.status()).isEqualTo(201);
      assertThat(receipt.json().get("emergency").get(0).get("phone").asText()).isEqualTo("999");
    }

    @Test
    void an_adviser_may_escalate_by_hand() {
      var reference =
          api.call("/api/v1/reports")
              .send("POST", Api.anonymousReport("Calm words."))
              .json()
              .get("reference")
              .asText();
      var adviser = api.logIn("adviser@example.ac.uk");
      var raised =
          api.post(
              "/api/v1/staff/cases/" + reference + "/escalations",
              adviser,
              Map.of("reason", "The account suggests a risk to others"));
      assertThat(raised.status()).isEqualTo(201);
      assertThat(raised.json().get("id").asText()).isNotBlank();
      var lead = api.logIn("lead@example.ac.uk");
      assertThat(api.get("/api/v1/staff/escalations", lead).json().get("escalations")).hasSize(1);
    }
  }

  @Nested
  class CaseWork {

    @Test
    void closing_a_case_requires_a_known_status_and_a_reason() {
      var reference =
          api.call("/api/v1/reports")
              .send("POST", Api.anonymousReport("Words."))
              .json()
              .get("reference")
              .asText();
      var adviser = api.logIn("adviser@example.ac.uk");
      var path = "/api/v1/staff/cases/" + reference + "/status";
      var wrong = api.post(path, adviser, Map.of("status", "SHUT"));
      assertThat(wrong.status()).isEqualTo(400);
      assertThat(wrong.fields()).containsExactlyInAnyOrder("status", "reason");
      assertThat(
              api.post(path, adviser, Map.of("status", "OPEN", "reason", "Taking it on")).status())
          .isEqualTo(204);
      assertThat(api.get("/api/v1/staff/cases/" + reference, adviser).json().get("status").asText())
          .isEqualTo("OPEN");
    }
  }

  @Nested
  class CaseListPages {

    @Test
    void a_list_longer_than_a_page_is_read_forward_and_back_by_its_cursors() {
      for (int i = 0; i < 5; i++) {
        assertThat(
                api.call("/api/v1/reports")
                    .send("POST", Api.anonymousReport("Report " + i))
                    .status())
            .isEqualTo(201);
      }
      var adviser = api.logIn("adviser@example.ac.uk");

      var first = api.get("/api/v1/staff/cases?view=queue&limit=2", adviser).json();
      var second =
          api.get("/api/v1/staff/cases?limit=2&after=" + first.get("next").asText(), adviser)
              .json();
      var third =
          api.get("/api/v1/staff/cases?limit=2&after=" + second.get("next").asText(), adviser)
              .json();
      var back =
          api.get("/api/v1/staff/cases?limit=2&before=" + second.get("previous").asText(), adviser)
              .json();

      assertThat(first.get("cases")).hasSize(2);
      assertThat(first.get("previous").isNull()).isTrue();
      assertThat(second.get("cases")).hasSize(2);
      assertThat(third.get("cases")).hasSize(1);
      assertThat(third.get("next").isNull()).isTrue();
      assertThat(back).isEqualTo(first);
    }
  }
}
