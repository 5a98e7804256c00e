package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit trail over the API: pages, filters, CSV and the chain's check. */
class AuditApiTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private static List<String> actions(JsonNode page) {
    var actions = new ArrayList<String>();
    page.get("events").forEach(event -> actions.add(event.get("action").asText()));
    return actions;
  }

  @Test
  void pages_follow_the_cursor_newest_first_and_the_reading_is_audited() {
    for (int i = 0; i < 3; i++) {
      api.logIn("adviser@example.ac.uk");
    }
    var admin = api.logIn("admin@example.ac.uk");

    var first = api.get("/api/v1/admin/audit?action=staff_logged_in&limit=2", admin);
    var next = first.json().get("next").asText();
    var second =
        api.get(
            "/api/v1/admin/audit?action=staff_logged_in&limit=2&after="
                + URLEncoder.encode(next, StandardCharsets.UTF_8),
            admin);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("Cache-Control")).contains("no-store");
    assertThat(actions(first.json())).containsExactly("STAFF_LOGGED_IN", "STAFF_LOGGED_IN");
    var newest = first.json().get("events").get(0);
    assertThat(newest.get("actor").asText()).isEqualTo("STAFF");
    assertThat(newest.get("staffId").asText()).hasSize(36);
    assertThat(second.json().get("events").get(0).get("id").asText())
        .isNotIn(
            first.json().get("events").get(0).get("id").asText(),
            first.json().get("events").get(1).get("id").asText());
    assertThat(actions(api.get("/api/v1/admin/audit?action=AUDIT_TRAIL_READ", admin).json()))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void bad_filters_are_a_400_naming_each_parameter() {
    var admin = api.logIn("admin@example.ac.uk");

    var reply =
        api.get(
            "/api/v1/admin/audit?from=yesterday&action=DANCED&actor=someone&reference=%3D1&limit=x",
            admin);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.fields())
        .containsExactlyInAnyOrder("from", "action", "actor", "reference", "limit");
    assertThat(api.get("/api/v1/admin/audit?after=12", admin).fields()).containsExactly("after");
    assertThat(api.get("/api/v1/admin/audit?limit=1001", admin).fields()).containsExactly("limit");
    assertThat(api.get("/api/v1/admin/audit?from=2026-12-02&to=2026-12-01", admin).fields())
        .containsExactly("from");
  }

  @Test
  void the_csv_is_the_same_page_with_a_link_to_the_next() {
    api.logIn("adviser@example.ac.uk");
    api.logIn("adviser@example.ac.uk");
    var admin = api.logIn("admin@example.ac.uk");

    var reply = api.get("/api/v1/admin/audit.csv?action=STAFF_LOGGED_IN&limit=1", admin);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/csv");
    assertThat(reply.header("Link"))
        .startsWith("</api/v1/admin/audit.csv?action=STAFF_LOGGED_IN&limit=1&after=")
        .endsWith(">; rel=\"next\"");
    var lines = reply.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo("at,id,actor,staff,action,reference,detail,action_in_words,detail_in_words");
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).contains(",STAFF,").contains(",STAFF_LOGGED_IN,");
  }

  @Test
  void the_chain_is_whole_and_leads_may_check_it_but_advisers_may_not() {
    var lead = api.logIn("lead@example.ac.uk");
    var adviser = api.logIn("adviser@example.ac.uk");

    var reply = api.get("/api/v1/admin/audit/verification", lead);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("whole").asBoolean()).isTrue();
    assertThat(reply.json().get("events").asLong()).isPositive();
    assertThat(reply.json().get("brokenAt").isNull()).isTrue();
    assertThat(api.get("/api/v1/admin/audit/verification", adviser).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/admin/audit", adviser).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/admin/audit.csv", null).status()).isEqualTo(401);
  }
}
