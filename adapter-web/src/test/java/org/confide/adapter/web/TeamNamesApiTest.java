package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 over HTTP: {@code GET /api/v1/staff/teams} gives advisers and leads every team's id and
 * name, never its members, each saying whether the caller sees its cases.
 */
class TeamNamesApiTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private String team(String admin, String name, String member) {
    var id = api.post("/api/v1/admin/teams", admin, Map.of("name", name)).json().get("id").asText();
    api.put("/api/v1/admin/teams/" + id + "/members", admin, Map.of("emails", List.of(member)));
    return id;
  }

  private static List<String> seen(Api.Reply reply) {
    var names = new ArrayList<String>();
    reply
        .json()
        .get("teams")
        .forEach(team -> {
          if (team.get("casesSeen").asBoolean()) {
            names.add(team.get("name").asText());
          }
        });
    return names;
  }

  @Test
  void an_adviser_reads_every_teams_name_and_sees_the_cases_of_their_own_a_lead_of_every_one() {
    var admin = api.logIn("admin@example.ac.uk");
    var support = team(admin, "Student Support", "adviser@example.ac.uk");
    team(admin, "HR", "other@example.ac.uk");
    var adviser = api.logIn("adviser@example.ac.uk");

    var mine = api.get("/api/v1/staff/teams", adviser);
    var lead = api.get("/api/v1/staff/teams", api.logIn("lead@example.ac.uk"));

    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    assertThat(mine.json().get("teams")).hasSize(2);
    assertThat(mine.json().get("teams").get(1).get("id").asText()).isEqualTo(support);
    assertThat(mine.body()).doesNotContain("@example.ac.uk");
    assertThat(seen(mine)).containsExactly("Student Support");
    assertThat(seen(lead)).containsExactly("HR", "Student Support");
    assertThat(api.get("/api/v1/staff/teams", api.logIn("analyst@example.ac.uk")).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/staff/teams", null).status()).isEqualTo(401);
  }
}
