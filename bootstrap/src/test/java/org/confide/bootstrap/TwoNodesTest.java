package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.confide.adapter.persistence.NeedsPostgres;
import org.confide.adapter.persistence.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on different ports share one PostgreSQL database, as behind a load balancer:
 * a reporter's session opened on one works on the other, a message sent through either is read
 * through the other at once, and each scheduled job runs on one node at a time and moves to the
 * other node when its node is killed. Skipped without a test database, except in CI.
 */
@NeedsPostgres
class TwoNodesTest {

  private static final String[] JOBS = {
    "retention-purge", "overdue-marking", "escalation-reminders"
  };

  @TempDir Path directory;

  @Test
  void sessions_messages_and_jobs_are_shared_between_two_nodes() throws Exception {
    var environment = new HashMap<>(TestStores.postgres());
    environment.put("CONFIDE_PORT", "0");
    // Every node needs the same server secret: it derives the content and access-code keys.
    environment.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("secret.key").toString());
    environment.put("CONFIDE_ADMIN_EMAIL", Staff.ADMIN);
    environment.put("CONFIDE_ADMIN_PASSWORD", Staff.PASSWORD);

    try (var a = ChildServer.start(environment, true);
        var b = ChildServer.start(environment, true)) {
      var reporterOnA = new Reporters(a.port());
      var reporterOnB = new Reporters(b.port());

      // A report submitted on A; the reporter's session opened on A is honoured by B.
      var account = "two-node report";
      var receipt =
          Reporters.receipt(reporterOnA.submit(account, Optional.empty()), account).orElseThrow();
      var token = open(reporterOnA, receipt.code());
      assertThat(
              reporterOnB
                  .send(authorised(b, "/api/v1/reporter/report", token).GET().build())
                  .body()
                  .get("account")
                  .asText())
          .isEqualTo(account);

      // The reporter writes through A; an adviser reading on B sees it at once, and replies on B.
      assertThat(
              reporterOnA
                  .send(
                      authorised(a, "/api/v1/reporter/messages", token)
                          .POST(
                              HttpRequest.BodyPublishers.ofString(
                                  "{\"body\": \"Sent through node A\"}"))
                          .build())
                  .status())
          .isEqualTo(201);
      var staffOnB = new Staff(b.port());
      var adviser = staffOnB.adviser("adviser@example.ac.uk");
      var caseFile =
          reporterOnB.send(
              authorised(b, "/api/v1/staff/cases/" + receipt.reference(), adviser).GET().build());
      assertThat(caseFile.status()).isEqualTo(200);
      assertThat(caseFile.body().get("messages").findValuesAsText("body"))
          .contains("Sent through node A");
      assertThat(
              reporterOnB
                  .send(
                      authorised(
                              b,
                              "/api/v1/staff/cases/" + receipt.reference() + "/messages",
                              adviser)
                          .POST(
                              HttpRequest.BodyPublishers.ofString(
                                  "{\"body\": \"Answered on node B\"}"))
                          .build())
                  .status())
          .isEqualTo(201);
      var thread =
          reporterOnA.send(authorised(a, "/api/v1/reporter/messages", token).GET().build());
      assertThat(thread.body().get("messages").findValuesAsText("body"))
          .containsExactly("Sent through node A", "Answered on node B");

      // Every job is leased to one of the two nodes and keeps running there.
      var holders = awaitHolders(Map.of(a.node(), a, b.node(), b).keySet(), Instant.EPOCH);
      var victimNode = holders.get("overdue-marking");
      var victim = victimNode.equals(a.node()) ? a : b;
      var survivor = victim == a ? b : a;

      // The holder of the overdue-marking job dies: its jobs move to the survivor and run there.
      victim.kill();
      var killedAt = Instant.now();
      var after = awaitHolders(Set.of(survivor.node()), killedAt);
      for (var job : JOBS) {
        assertThat(after.get(job)).as(job).isEqualTo(survivor.node());
      }
    }
  }

  private static String open(Reporters reporters, String code) {
    var reply =
        reporters.send(
            HttpRequest.newBuilder(URI.create(reporters.base() + "/api/v1/reporter/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"accessCode\": " + Reporters.quote(code) + "}"))
                .build());
    assertThat(reply.status()).isEqualTo(200);
    return reply.body().get("token").asText();
  }

  private static HttpRequest.Builder authorised(ChildServer server, String path, String token) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Reporters.REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token);
  }

  /**
   * Waits up to 20 s until every job is held by one of {@code nodes} and has run since {@code
   * since}; returns each job's holder.
   */
  private static Map<String, String> awaitHolders(Set<String> nodes, Instant since)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    Map<String, String> holders = Map.of();
    while (System.nanoTime() < deadline) {
      holders = new HashMap<>();
      try (var connection = DriverManager.getConnection(TestDatabases.postgresUrl().orElseThrow());
          var statement = connection.createStatement();
          var rows = statement.executeQuery("select job, holder, last_run_at from job_leases")) {
        while (rows.next()) {
          var ran = rows.getObject(3, OffsetDateTime.class);
          if (nodes.contains(rows.getString(2)) && ran != null && ran.toInstant().isAfter(since)) {
            holders.put(rows.getString(1), rows.getString(2));
          }
        }
      }
      if (holders.keySet().containsAll(List.of(JOBS))) {
        return holders;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("jobs not held and run by " + nodes + " in time: " + holders);
  }
}
