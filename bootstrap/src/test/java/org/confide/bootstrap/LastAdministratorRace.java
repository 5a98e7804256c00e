package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two administrators, each the only other active administrator, demote each other with requests
 * sent at the same moment, round after round: one change is made and the other refused, and an
 * active administrator always stays. Without the staff rows locked for the check, both requests
 * read two administrators, write different rows and leave none.
 */
abstract class LastAdministratorRace {

  private static final String OTHER = "second-admin@example.ac.uk";
  private static final int ROUNDS = 8;

  @TempDir Path directory;

  abstract Map<String, String> store(Path directory);

  private ConfideServer started() {
    return Staff.serverWithAdmin(store(directory), directory);
  }

  @Test
  void two_administrators_demoting_each_other_at_once_leave_one_active_administrator()
      throws Exception {
    try (var server = started()) {
      var http = new Http(server.port());
      var signIn = new StaffSignIn(server.port(), Clock.systemUTC());
      var first = signIn.logIn(Staff.ADMIN, Staff.PASSWORD);
      var created =
          http.post(
              "/api/v1/admin/staff",
              Optional.of(first),
              """
              {"email": %s, "displayName": "Second Admin", "roles": ["ADMIN"], "password": %s}\
              """
                  .formatted(Http.quote(OTHER), Http.quote(Staff.PASSWORD)));
      assertThat(created.status()).isEqualTo(201);
      var second = signIn.logIn(OTHER, Staff.PASSWORD);
      var ids = ids(http, first);
      var tokens = Map.of(Staff.ADMIN, first, OTHER, second);

      for (int round = 0; round < ROUNDS; round++) {
        var start = new CountDownLatch(1);
        Future<Integer> firstDemotesSecond;
        Future<Integer> secondDemotesFirst;
        try (var both = Executors.newVirtualThreadPerTaskExecutor()) {
          firstDemotesSecond =
              both.submit(() -> {
                start.await();
                return demote(http, first, ids.get(OTHER), "Second Admin");
              });
          secondDemotesFirst =
              both.submit(() -> {
                start.await();
                return demote(http, second, ids.get(Staff.ADMIN), "First Admin");
              });
          start.countDown();
        }
        var statuses = List.of(firstDemotesSecond.get(), secondDemotesFirst.get());
        // The loser is refused as the last administrator (409), or, when it came second, as no
        // longer an administrator (403).
        assertThat(statuses).as("round %d", round).containsOnlyOnce(204);
        assertThat(statuses).as("round %d", round).containsAnyOf(409, 403);

        var remaining = firstDemotesSecond.get() == 204 ? Staff.ADMIN : OTHER;
        var demoted = remaining.equals(Staff.ADMIN) ? OTHER : Staff.ADMIN;
        var accounts = http.get("/api/v1/admin/staff", Optional.of(tokens.get(remaining)));
        assertThat(activeAdministrators(accounts.body())).containsExactly(remaining);

        // The one left makes the other an administrator again for the next round.
        var restored =
            http.put(
                "/api/v1/admin/staff/" + ids.get(demoted),
                Optional.of(tokens.get(remaining)),
                "{\"displayName\": \"Admin\", \"roles\": [\"ADMIN\"], \"active\": true}");
        assertThat(restored.status()).isEqualTo(204);
      }
    }
  }

  private static int demote(Http http, String token, String id, String name) {
    return http.put(
            "/api/v1/admin/staff/" + id,
            Optional.of(token),
            "{\"displayName\": %s, \"roles\": [\"ADVISER\"], \"active\": true}"
                .formatted(Http.quote(name)))
        .status();
  }

  private static Map<String, String> ids(Http http, String token) {
    var listed = http.get("/api/v1/admin/staff", Optional.of(token));
    assertThat(listed.status()).isEqualTo(200);
    var ids = new HashMap<String, String>();
    listed.body().get("staff").forEach(a -> ids.put(a.get("email").asText(), a.get("id").asText()));
    return ids;
  }

  private static List<String> activeAdministrators(JsonNode list) {
    return StreamSupport.stream(list.get("staff").spliterator(), false)
        .filter(a -> a.get("active").asBoolean())
        .filter(a ->
            StreamSupport.stream(a.get("roles").spliterator(), false)
                .anyMatch(r -> r.asText().equals("ADMIN")))
        .map(a -> a.get("email").asText())
        .toList();
  }
}
