package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A member's own notification preferences over the API. */
class NotificationPreferencesApiTest {

  private static final String PATH = "/api/v1/staff/notification-preferences";

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_member_reads_and_replaces_their_choices_and_the_hour() {
    var adviser = api.logIn("adviser@example.ac.uk");

    var before = api.get(PATH, adviser);
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().get("digestHour").asInt()).isEqualTo(8);
    assertThat(before.json().get("timeZone").asText()).isEqualTo("Europe/London");
    assertThat(before.json().get("emails").get(0).toString())
        .isEqualTo(
            "{\"kind\":\"new-report\",\"subject\":\"A new report is waiting\","
                + "\"delivery\":\"at-once\",\"choosable\":true}");

    var changed =
        api.put(
            PATH,
            adviser,
            Map.of(
                "emails",
                Map.of("new-report", "daily-digest", "case-overdue", "none"),
                "digestHour",
                17));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("digestHour").asInt()).isEqualTo(17);
    assertThat(api.get(PATH, adviser).body()).isEqualTo(changed.body());
    assertThat(changed.body())
        .contains(
            "{\"kind\":\"new-report\",\"subject\":\"A new report is waiting\","
                + "\"delivery\":\"daily-digest\",\"choosable\":true}")
        .contains(
            "\"kind\":\"case-overdue\",\"subject\":\"A case is overdue\","
                + "\"delivery\":\"none\"");
  }

  @Test
  void a_member_chooses_welsh_emails_and_a_later_change_without_a_language_keeps_it() {
    var adviser = api.logIn("adviser@example.ac.uk");
    assertThat(api.get(PATH, adviser).json().get("language").asText()).isEqualTo("en");

    var welsh =
        api.put(PATH, adviser, Map.of("emails", Map.of(), "digestHour", 8, "language", "cy"));

    assertThat(welsh.status()).isEqualTo(200);
    assertThat(welsh.json().get("language").asText()).isEqualTo("cy");
    assertThat(welsh.json().get("emails").get(0).get("subject").asText())
        .isEqualTo("Mae adroddiad newydd yn aros");
    var later = api.put(PATH, adviser, Map.of("emails", Map.of(), "digestHour", 9));
    assertThat(later.json().get("language").asText()).isEqualTo("cy");
  }

  @Test
  void a_language_not_offered_is_refused_by_name() {
    var adviser = api.logIn("adviser@example.ac.uk");

    var refused =
        api.put(PATH, adviser, Map.of("emails", Map.of(), "digestHour", 8, "language", "fr"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fields()).containsExactly("language");
    assertThat(api.get(PATH, adviser).json().get("language").asText()).isEqualTo("en");
  }

  @Test
  void a_lead_who_tries_to_turn_off_urgent_escalations_is_refused_by_name() {
    var lead = api.logIn("lead@example.ac.uk");

    var refused =
        api.put(PATH, lead, Map.of("emails", Map.of("urgent-escalation", "none"), "digestHour", 8));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fields()).containsExactly("emails.urgent-escalation");
    assertThat(refused.body()).contains("An urgent escalation is always emailed at once");
    assertThat(api.get(PATH, lead).json().get("emails").get(0).get("delivery").asText())
        .isEqualTo("at-once");
  }

  @Test
  void unknown_kinds_deliveries_and_hours_are_named() {
    var adviser = api.logIn("adviser@example.ac.uk");

    var refused =
        api.put(
            PATH,
            adviser,
            Map.of(
                "emails",
                Map.of("gossip", "none", "new-report", "weekly", "case-overdue", 3),
                "digestHour",
                8));
    var badHour = api.put(PATH, adviser, Map.of("emails", Map.of(), "digestHour", 24));
    var missing = api.put(PATH, adviser, Map.of("emails", Map.of()));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fields())
        .containsExactlyInAnyOrder("emails.gossip", "emails.new-report", "emails.case-overdue");
    assertThat(badHour.status()).isEqualTo(400);
    assertThat(badHour.fields()).containsExactly("digestHour");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.fields()).containsExactly("digestHour");
  }

  @Test
  void without_a_session_nothing_is_read_or_changed() {
    assertThat(api.get(PATH, null).status()).isEqualTo(401);
    assertThat(api.put(PATH, null, Map.of("emails", Map.of(), "digestHour", 8)).status())
        .isEqualTo(401);
  }
}
