package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 over HTTP: {@code POST /api/v1/staff/reports} enters a report for someone who told an
 * adviser, answered 201 with its reference and its case as the {@code Location}; every answer is
 * held to the OpenAPI document by {@link Api}.
 */
class StaffReportsApiTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private static Map<String, Object> entry(String channel) {
    var body = new LinkedHashMap<String, Object>();
    body.put("channel", channel);
    body.put("questionnaireVersion", 1);
    body.put("answers", Api.calmAnswers());
    body.put("account", "They told me at the end of the seminar.");
    body.put("anonymous", true);
    return body;
  }

  @Test
  void an_adviser_enters_a_report_and_finds_it_marked_with_the_channel_and_no_thread() {
    var adviser = api.logIn("adviser@example.ac.uk");

    var entered = api.post("/api/v1/staff/reports", adviser, entry("in-person"));

    assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
    var reference = entered.json().get("reference").asText();
    assertThat(entered.header("Location")).isEqualTo("/api/v1/staff/cases/" + reference);
    assertThat(entered.json().get("takenByYou").asBoolean()).isTrue();
    assertThat(entered.json().get("channel").asText()).isEqualTo("in-person");
    assertThat(entered.json().has("accessCode")).isFalse();
    var file = api.get(entered.header("Location"), adviser).json();
    assertThat(file.get("channel").asText()).isEqualTo("in-person");
    assertThat(file.get("enteredBy").asText()).isEqualTo("Alex Adviser");
    assertThat(file.get("twoWayMessaging").asBoolean()).isFalse();
    assertThat(file.get("assignee").asText()).isEqualTo("adviser@example.ac.uk");
    var mine = api.get("/api/v1/staff/cases?view=mine", adviser).json().get("cases").get(0);
    assertThat(mine.get("channel").asText()).isEqualTo("in-person");
  }

  @Test
  void take_false_leaves_the_report_in_the_queue() {
    var adviser = api.logIn("adviser@example.ac.uk");
    var body = entry("phone");
    body.put("take", false);

    var entered = api.post("/api/v1/staff/reports", adviser, body);

    assertThat(entered.json().get("takenByYou").asBoolean()).isFalse();
    var queue = api.get("/api/v1/staff/cases?view=queue", adviser).json().get("cases");
    assertThat(queue.get(0).get("reference").asText())
        .isEqualTo(entered.json().get("reference").asText());
    assertThat(queue.get(0).get("channel").asText()).isEqualTo("phone");
  }

  @Test
  void a_report_its_reporter_sent_has_no_channel() {
    var adviser = api.logIn("adviser@example.ac.uk");
    var sent = api.post("/api/v1/reports", null, Api.anonymousReport("I sent this."));

    var file =
        api.get("/api/v1/staff/cases/" + sent.json().get("reference").asText(), adviser).json();

    assertThat(file.get("channel").isNull()).isTrue();
    assertThat(file.get("enteredBy").isNull()).isTrue();
  }

  @Test
  void an_unknown_channel_and_messaging_are_named_as_problems() {
    var adviser = api.logIn("adviser@example.ac.uk");
    var body = entry("carrier-pigeon");
    body.put("messaging", true);

    var refused = api.post("/api/v1/staff/reports", adviser, body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("messaging");
    var missing = entry("phone");
    missing.remove("channel");
    var noChannel = api.post("/api/v1/staff/reports", adviser, missing);
    assertThat(noChannel.status()).isEqualTo(400);
    assertThat(noChannel.body()).contains("channel");
    var wrong = api.post("/api/v1/staff/reports", adviser, entry("carrier-pigeon"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("Should be one of in-person, phone, email");
  }

  @Test
  void an_analyst_is_refused_before_the_body_is_read() {
    var analyst = api.logIn("analyst@example.ac.uk");

    var refused = api.call("/api/v1/staff/reports").bearer(analyst).send("POST", "{not json");

    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void a_retry_with_the_same_idempotency_key_answers_the_first_report_and_enters_no_second() {
    var adviser = api.logIn("adviser@example.ac.uk");
    var key = "staff-entry-key-0001";

    var first =
        api.call("/api/v1/staff/reports")
            .bearer(adviser)
            .header("Idempotency-Key", key)
            .send("POST", entry("phone"));
    var again =
        api.call("/api/v1/staff/reports")
            .bearer(adviser)
            .header("Idempotency-Key", key)
            .send("POST", entry("phone"));

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(again.json().get("reference")).isEqualTo(first.json().get("reference"));
    var mine = api.get("/api/v1/staff/cases?view=mine", adviser).json().get("cases");
    assertThat(mine).hasSize(1);
    var other =
        api.call("/api/v1/staff/reports")
            .bearer(adviser)
            .header("Idempotency-Key", key)
            .send("POST", entry("email"));
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.fields()).containsExactly("Idempotency-Key");
  }
}
