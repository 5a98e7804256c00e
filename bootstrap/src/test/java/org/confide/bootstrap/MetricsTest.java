package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} on the management port, read from a real server after a conversation whose
 * report text, message, access code, reference and staff email are canaries: the metrics count what
 * happened by route template and status, and hold none of the canaries.
 */
class MetricsTest {

  private static final String ACCOUNT = "canary-account-text-5be1";
  private static final String MESSAGE = "canary-message-text-9d02";
  private static final String REASON = "canary-escalation-reason-77aa";
  private static final String EMAIL = "canary.adviser.41f3@example.ac.uk";
  private static final String PASSWORD = "a long enough password";

  @TempDir Path directory;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void metrics_count_the_conversation_by_route_and_status_and_hold_no_canary() throws Exception {
    var environment = new HashMap<>(TestStores.h2(directory));
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("secret.key").toString());
    environment.put("CONFIDE_ADMIN_EMAIL", EMAIL);
    environment.put("CONFIDE_ADMIN_PASSWORD", PASSWORD);
    int managementPort = freePort();
    environment.put("CONFIDE_MANAGEMENT_PORT", Integer.toString(managementPort));

    String metrics;
    Reporters.Receipt receipt;
    try (var server = ChildServer.start(environment, true)) {
      var reporters = new Reporters(server.port());
      var http = new Http(server.port());
      receipt =
          Reporters.receipt(reporters.submit(ACCOUNT, Optional.empty()), ACCOUNT).orElseThrow();
      assertThat(reporters.accountBehind(receipt.code())).contains(ACCOUNT);
      var session =
          http.post(
              "/api/v1/reporter/session",
              Optional.empty(),
              "{\"accessCode\": " + Http.quote(receipt.code()) + "}");
      var token = session.body().get("token").asText();
      assertThat(
              http.post(
                      "/api/v1/reporter/messages",
                      Optional.of(token),
                      "{\"body\": " + Http.quote(MESSAGE) + "}")
                  .status())
          .isLessThan(300);
      // A code that is wrong, but shaped like the real one with its last part changed.
      var last = receipt.code().charAt(receipt.code().length() - 1);
      var wrongCode =
          receipt.code().substring(0, receipt.code().length() - 1) + (last == 'X' ? "Y" : "X");
      assertThat(
              http.post(
                      "/api/v1/reporter/session",
                      Optional.empty(),
                      "{\"accessCode\": " + Http.quote(wrongCode) + "}")
                  .status())
          .isEqualTo(401);
      assertThat(
              http.post(
                      "/api/v1/staff/session",
                      Optional.empty(),
                      "{\"email\": %s, \"password\": \"not the password at all\"}"
                          .formatted(Http.quote(EMAIL)))
                  .status())
          .isEqualTo(401);
      var staff = new StaffSignIn(server.port(), Clock.systemUTC()).logIn(EMAIL, PASSWORD);
      http.get("/api/v1/staff/cases/" + receipt.reference(), Optional.of(staff));
      http.post(
          "/api/v1/staff/cases/" + receipt.reference() + "/escalations",
          Optional.of(staff),
          "{\"reason\": " + Http.quote(REASON) + "}");
      assertThat(http.page("/no-such-page/" + receipt.reference()).statusCode()).isEqualTo(404);

      assertThat(managementGet(managementPort, "/metrics", "POST").statusCode()).isEqualTo(405);
      // The scheduled jobs tick every 200 ms in this server; wait for a run to be counted.
      metrics =
          awaitMetrics(managementPort, "confide_jobs_runs_seconds_count{name=\"overdue-marking\"");
    }

    assertThat(metrics)
        .doesNotContain(ACCOUNT)
        .doesNotContain(MESSAGE)
        .doesNotContain(REASON)
        .doesNotContain(EMAIL)
        .doesNotContain("canary")
        .doesNotContain(receipt.code())
        .doesNotContain(receipt.reference())
        .doesNotContain("127.0.0.1");
    assertThat(metrics)
        .contains(
            "confide_http_requests_seconds_count{method=\"POST\",route=\"/api/v1/reports\","
                + "status=\"201\"} 1")
        .contains("confide_http_requests_seconds_bucket{")
        .contains("le=\"0.1\"")
        .contains("route=\"/api/v1/staff/cases/{reference}\"")
        .contains("route=\"/api/v1/staff/cases/{reference}/escalations\"")
        .contains("route=\"unmatched\",status=\"404\"")
        .contains("confide_reports_submitted_total 1")
        .contains("confide_sign_ins_total{kind=\"code\",outcome=\"succeeded\"} 2")
        .contains("confide_sign_ins_total{kind=\"code\",outcome=\"refused\"} 1")
        .contains("confide_sign_ins_total{kind=\"password\",outcome=\"refused\"} 1")
        .contains("confide_sign_ins_total{kind=\"password\",outcome=\"succeeded\"}")
        .contains("confide_jobs_runs_seconds_count{name=\"overdue-marking\",outcome=\"succeeded\"}")
        .contains("hikaricp_connections_active{pool=\"confide\"}")
        .contains("jvm_memory_used_bytes");
  }

  private String awaitMetrics(int port, String expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      var response = managementGet(port, "/metrics", "GET");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      if (response.body().contains(expected) || System.nanoTime() > deadline) {
        return response.body();
      }
      Thread.sleep(100);
    }
  }

  private HttpResponse<String> managementGet(int port, String path, String method)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
