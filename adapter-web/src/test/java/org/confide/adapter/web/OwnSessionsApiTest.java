package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A staff member's own sessions over the API: listed without any address, and ended. */
class OwnSessionsApiTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private List<JsonNode> sessions(String token) {
    var reply = api.get("/api/v1/staff/sessions", token);
    assertThat(reply.status()).isEqualTo(200);
    var all = new ArrayList<JsonNode>();
    reply.json().get("sessions").forEach(all::add);
    return all;
  }

  @Test
  void a_member_lists_their_sessions_and_ends_another_of_theirs() {
    var elsewhere = api.logIn("adviser@example.ac.uk");
    var here = api.logIn("adviser@example.ac.uk");

    var listed = sessions(here);

    // The fixture's own session of the adviser, and these two; one is the one asking.
    assertThat(listed).hasSize(3);
    assertThat(listed).filteredOn(s -> s.get("current").asBoolean()).hasSize(1);
    assertThat(listed.get(0).properties().stream().map(java.util.Map.Entry::getKey).toList())
        .containsExactly("id", "startedAt", "lastUsedAt", "expiresAt", "current");
    for (var other : listed) {
      if (!other.get("current").asBoolean()) {
        var ended = api.delete("/api/v1/staff/sessions/" + other.get("id").asText(), here);
        assertThat(ended.status()).isEqualTo(204);
      }
    }
    assertThat(api.get("/api/v1/staff/sessions", elsewhere).status()).isEqualTo(401);
    assertThat(sessions(here))
        .singleElement()
        .satisfies(s -> assertThat(s.get("current").asBoolean()).isTrue());
  }

  @Test
  void another_members_session_is_not_found_and_stays() {
    var lead = api.logIn("lead@example.ac.uk");
    var adviser = api.logIn("adviser@example.ac.uk");
    var leads = sessions(lead).getFirst().get("id").asText();

    assertThat(api.delete("/api/v1/staff/sessions/" + leads, adviser).status()).isEqualTo(404);
    assertThat(api.delete("/api/v1/staff/sessions/nothing", adviser).status()).isEqualTo(404);
    assertThat(api.delete("/api/v1/staff/sessions/" + leads, null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/staff/sessions", null).status()).isEqualTo(401);
    assertThat(sessions(lead)).extracting(s -> s.get("id").asText()).contains(leads);
  }
}
