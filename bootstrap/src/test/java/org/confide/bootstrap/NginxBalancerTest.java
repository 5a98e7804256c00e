package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.confide.adapter.persistence.NeedsPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nginx, with the deployment's own proxy configuration, in front of two Confide nodes on one
 * PostgreSQL database, all on loopback: a reporter goes on through whichever node answers; clients
 * behind the balancer keep their own guessing budgets, because the nodes trust the balancer's
 * {@code X-Forwarded-For} and nobody else's; and when a node is killed under load no acknowledged
 * report is lost and nginx sends everything to the other node; a node that cannot reach the
 * database is passed over for reads. The deployment's site configuration itself passes {@code nginx
 * -t}. Skipped without a test database or without nginx, except in CI.
 */
@NeedsPostgres
@NeedsNginx
class NginxBalancerTest {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir Path directory;

  private Map<String, String> environment() {
    var environment = new HashMap<>(TestStores.postgres());
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("secret.key").toString());
    // nginx connects from 127.0.0.1: its X-Forwarded-For is believed, and only its.
    environment.put("CONFIDE_TRUSTED_PROXIES", "127.0.0.1");
    return environment;
  }

  @Test
  void a_reporter_goes_on_through_either_node_behind_nginx() throws Exception {
    var environment = environment();
    try (var a = ChildServer.start(environment, false);
        var b = ChildServer.start(environment, false);
        var nginx = Nginx.start(directory, List.of(a.port(), b.port()))) {
      var reporters = Reporters.behindBalancer(nginx.port());
      var account = "a report sent through nginx";
      var receipt =
          Reporters.receipt(reporters.submit(account, Optional.empty()), account).orElseThrow();
      var token = sessionToken(nginx, receipt.code());

      var answeredBy = new HashSet<String>();
      for (int i = 0; i < 6; i++) {
        var message = "message " + i;
        var sent = send(nginx, "POST", "/api/v1/reporter/messages", token, bodyOf(message));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        answeredBy.add(upstream(sent));
        var thread = send(nginx, "GET", "/api/v1/reporter/messages", token, null);
        assertThat(thread.statusCode()).isEqualTo(200);
        assertThat(thread.body()).contains(message);
        answeredBy.add(upstream(thread));
      }
      // Round robin: both nodes answered, and the session and thread were the same on each.
      assertThat(answeredBy)
          .containsExactlyInAnyOrder("127.0.0.1:" + a.port(), "127.0.0.1:" + b.port());
    }
  }

  @Test
  void clients_behind_nginx_keep_their_own_guessing_budgets_and_a_forged_address_gets_none()
      throws Exception {
    var environment = environment();
    try (var a = ChildServer.start(environment, false);
        var b = ChildServer.start(environment, false);
        var nginx = Nginx.start(directory, List.of(a.port(), b.port()))) {
      var reporters = Reporters.behindBalancer(nginx.port());
      var receipt =
          Reporters.receipt(reporters.submit("guessed at", Optional.empty()), "guessed at")
              .orElseThrow();
      var wrong = wrongCode(receipt.code());

      // The guesser, at 127.0.0.2, tries wrong codes until both nodes refuse it (twice in a row).
      int tries = 0;
      int refusedInARow = 0;
      while (refusedInARow < 2 && tries < 30) {
        int status = codeTry(nginx, "127.0.0.2", wrong, Optional.empty());
        refusedInARow = status == 429 ? refusedInARow + 1 : 0;
        tries++;
      }
      assertThat(refusedInARow).as("the guesser was throttled").isEqualTo(2);
      // Each node keeps its own budget (five tries a minute), so two nodes allow at most ten.
      assertThat(tries - 2).isBetween(5, 10);

      // Another reporter behind the same balancer, at 127.0.0.3, is not held back by the guesser.
      assertThat(codeTry(nginx, "127.0.0.3", wrong, Optional.empty())).isEqualTo(401);
      assertThat(codeTry(nginx, "127.0.0.3", receipt.code(), Optional.empty())).isEqualTo(200);

      // The guesser writing someone else's address into X-Forwarded-For gains nothing: nginx
      // appends the address it saw, and the nodes read from the right.
      for (int i = 0; i < 2; i++) {
        assertThat(codeTry(nginx, "127.0.0.2", wrong, Optional.of("203.0.113.9"))).isEqualTo(429);
      }
    }
  }

  @Test
  void a_node_killed_under_load_loses_no_acknowledged_report_and_nginx_fails_over()
      throws Exception {
    var environment = environment();
    try (var a = ChildServer.start(environment, false);
        var b = ChildServer.start(environment, false);
        var nginx = Nginx.start(directory, List.of(a.port(), b.port()))) {
      var reporters = Reporters.behindBalancer(nginx.port());
      var acknowledged = new ConcurrentLinkedQueue<Reporters.Receipt>();
      var failedAfterFailover = new ConcurrentLinkedQueue<Integer>();
      var failoverFrom = new AtomicLong(Long.MAX_VALUE);
      var stop = new AtomicBoolean();
      var counter = new AtomicInteger();
      try (var clients = Executors.newFixedThreadPool(6)) {
        for (int c = 0; c < 6; c++) {
          clients.submit(() -> {
            while (!stop.get()) {
              long started = System.nanoTime();
              var account = "balanced report " + counter.incrementAndGet();
              var reply = reporters.submit(account, Optional.empty());
              Reporters.receipt(reply, account).ifPresent(acknowledged::add);
              if (reply.status() != 201 && started > failoverFrom.get()) {
                failedAfterFailover.add(reply.status());
              }
            }
          });
        }
        await(() -> acknowledged.size() >= 40);
        // Killed while submissions are under way through both nodes.
        a.kill();
        int beforeFailover = acknowledged.size();
        // A request begun once the kill is over goes to the survivor: nginx finds A's port closed
        // and passes the request on, then leaves A out.
        failoverFrom.set(System.nanoTime());
        await(() -> acknowledged.size() >= beforeFailover + 40);
        stop.set(true);
      }
      assertThat(failedAfterFailover).as("answers other than 201 after the kill").isEmpty();

      // Every acknowledged report is there, and its code opens it, through the balancer.
      assertThat(reporters.lost(acknowledged))
          .as("acknowledged reports missing after the kill")
          .isEmpty();
      // What reporters wrote never reaches a log.
      assertThat(a.lines()).noneMatch(line -> line.contains("balanced report"));
      assertThat(b.lines()).noneMatch(line -> line.contains("balanced report"));
    }
  }

  @Test
  void a_node_that_cannot_reach_the_database_is_passed_over_for_reads() throws Exception {
    try (var database = ProxiedPostgres.start()) {
      var environment = environment();
      var cutOff = new HashMap<>(environment);
      cutOff.put("CONFIDE_DATABASE_URL", database.url);
      try (var a = ChildServer.start(cutOff, false);
          var b = ChildServer.start(environment, false);
          var nginx = Nginx.start(directory, List.of(a.port(), b.port()))) {
        var reporters = Reporters.behindBalancer(nginx.port());
        var account = "read while a node is cut off";
        var receipt =
            Reporters.receipt(reporters.submit(account, Optional.empty()), account).orElseThrow();
        var token = sessionToken(nginx, receipt.code());

        database.proxy.cut();
        // Node A now answers everything with a fast 503 of its own...
        var direct =
            CLIENT.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + a.port() + "/api/v1/reporter/report"))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Reporters.REQUEST_TIMEOUT)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(503);
        // ...and nginx passes it over: every read through the balancer is answered by B.
        for (int i = 0; i < 6; i++) {
          var report = send(nginx, "GET", "/api/v1/reporter/report", token, null);
          assertThat(report.statusCode()).isEqualTo(200);
          assertThat(report.body()).contains(account);
        }
      }
    }
  }

  @Test
  void the_deployment_site_configuration_is_accepted_by_nginx() throws Exception {
    // A certificate of the day stands in for the organisation's, made with the JDK's keytool.
    var keystore = directory.resolve("site.p12");
    var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    var made =
        new ProcessBuilder(
                keytool,
                "-genkeypair",
                "-alias",
                "site",
                "-keyalg",
                "EC",
                "-dname",
                "CN=report.example.ac.uk",
                "-validity",
                "1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    assertThat(made.waitFor()).isZero();
    var store = java.security.KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keystore)) {
      store.load(in, "changeit".toCharArray());
    }
    var certificate = directory.resolve("site.pem");
    var key = directory.resolve("site.key");
    Files.writeString(certificate, pem("CERTIFICATE", store.getCertificate("site").getEncoded()));
    Files.writeString(
        key, pem("PRIVATE KEY", store.getKey("site", "changeit".toCharArray()).getEncoded()));

    var site =
        Files.readString(Nginx.PROXY_CONF.resolveSibling("confide.conf"))
            .replace("/etc/ssl/certs/report.example.ac.uk.pem", certificate.toString())
            .replace("/etc/ssl/private/report.example.ac.uk.key", key.toString())
            .replace("/etc/nginx/confide-proxy.conf", Nginx.PROXY_CONF.toString());
    var conf = directory.resolve("check.conf");
    Files.writeString(
        conf,
        "pid %1$s/check.pid;\nerror_log %1$s/check.log;\nevents {}\nhttp {\n%2$s\n}\n"
            .formatted(directory, site));
    var check =
        new ProcessBuilder(
                Nginx.BINARY.toString(),
                "-t",
                "-p",
                directory.toString(),
                "-e",
                directory.resolve("check.log").toString(),
                "-c",
                conf.toString())
            .redirectErrorStream(true)
            .start();
    var said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor()).as(said).isZero();
    assertThat(said).contains("test is successful");
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static String bodyOf(String message) {
    return "{\"body\": " + Reporters.quote(message) + "}";
  }

  private static String sessionToken(Nginx nginx, String code) throws Exception {
    var reply =
        send(
            nginx,
            "POST",
            "/api/v1/reporter/session",
            null,
            "{\"accessCode\": " + Reporters.quote(code) + "}");
    assertThat(reply.statusCode()).isEqualTo(200);
    var start = reply.body().indexOf("\"token\":\"") + "\"token\":\"".length();
    return reply.body().substring(start, reply.body().indexOf('"', start));
  }

  private static HttpResponse<String> send(
      Nginx nginx, String method, String path, String token, String json) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginx.port() + path))
            .timeout(Reporters.REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String upstream(HttpResponse<String> response) {
    return response.headers().firstValue("X-Test-Upstream").orElseThrow();
  }

  /** The code with its last character changed: well formed, and wrong. */
  private static String wrongCode(String code) {
    char last = code.charAt(code.length() - 1);
    return code.substring(0, code.length() - 1) + (last == '7' ? '8' : '7');
  }

  /**
   * One access-code sign-in sent from {@code localAddress} (any 127.x address is this machine), so
   * nginx sees a client of that address; optionally with an address the client claims for itself.
   * Answers the HTTP status.
   */
  private static int codeTry(
      Nginx nginx, String localAddress, String code, Optional<String> claimedAddress) {
    var body = ("{\"accessCode\": " + Reporters.quote(code) + "}").getBytes(StandardCharsets.UTF_8);
    var head =
        "POST /api/v1/reporter/session HTTP/1.1\r\n"
            + "Host: 127.0.0.1:"
            + nginx.port()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n"
            + claimedAddress.map(address -> "X-Forwarded-For: " + address + "\r\n").orElse("")
            + "\r\n";
    try (var socket = new Socket()) {
      socket.bind(new InetSocketAddress(localAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", nginx.port()), 2000);
      socket.setSoTimeout(20_000);
      var out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      // "HTTP/1.1 401 Unauthorized"
      return Integer.parseInt(answer.substring(9, 12));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void await(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within 60 s");
      }
      Thread.sleep(5);
    }
  }
}
