package org.confide.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.confide.adapter.persistence.ContentKeys;
import org.confide.adapter.persistence.Database;
import org.confide.adapter.persistence.H2Backups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management server: a second port, apart from the service's, for an operator's tools, bound to
 * this machine by default ({@code CONFIDE_MANAGEMENT_ADDRESS}) and off unless {@code
 * CONFIDE_MANAGEMENT_PORT} is set. It answers three requests. {@code GET /metrics}: every metric in
 * the Prometheus text format, to any caller that reaches the port, which is why the port must stay
 * on this machine or the monitoring network. {@code GET /backup}: a consistent backup of the
 * embedded H2 database, streamed as a zip, to a caller that proves it can read the server's secret
 * key file (the bearer token is the hex of {@link ServerKeys#managementKey()}), which is what
 * {@code java -jar confide.jar backup FILE} does. {@code POST /rotate-key}, to the same caller
 * ({@code java -jar confide.jar rotate-key}): adds a content key, current on this node at once and
 * on every node sharing the database within {@link ContentKeys#KEPT}. The JDK's own HTTP server is
 * enough for one request at a time from an operator and a scraper; nothing here is reachable from
 * the service's port.
 */
final class Management implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Management.class);

  private final HttpServer server;

  private Management(HttpServer server) {
    this.server = server;
  }

  /** Starts the management server as {@code configuration} says, if it says to. */
  static Optional<Management> start(
      Configuration configuration,
      ServerKeys keys,
      Optional<Database> database,
      Optional<ContentKeys> contentKeys,
      Clock clock,
      Metrics metrics) {
    if (configuration.managementPort().isEmpty()) {
      return Optional.empty();
    }
    try {
      var server =
          HttpServer.create(
              new InetSocketAddress(
                  configuration.managementAddress(), configuration.managementPort().get()),
              4);
      var token = HexFormat.of().formatHex(keys.managementKey()).getBytes(StandardCharsets.UTF_8);
      server.createContext(
          "/backup", exchange -> backup(exchange, token, database, configuration.dataDirectory()));
      server.createContext("/metrics", exchange -> metrics(exchange, metrics));
      server.createContext(
          "/rotate-key", exchange -> rotateKey(exchange, token, contentKeys, clock));
      server.setExecutor(Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory()));
      server.start();
      LOG.info("The management server is listening on port {}", server.getAddress().getPort());
      return Optional.of(new Management(server));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The management server could not listen on CONFIDE_MANAGEMENT_PORT", e);
    }
  }

  private static void backup(
      HttpExchange exchange, byte[] token, Optional<Database> database, Path dataDirectory)
      throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "GET only");
        return;
      }
      if (!authorised(exchange, token)) {
        answer(exchange, 401, "The backup needs the server's secret key file");
        return;
      }
      if (database.isEmpty() || database.get().kind() != Database.Kind.H2) {
        answer(
            exchange,
            409,
            "Only the embedded H2 database is backed up through Confide; back up PostgreSQL with"
                + " pg_dump (see the README)");
        return;
      }
      var file = Files.createTempFile(dataDirectory, "backup-", ".zip");
      try {
        H2Backups.backUp(database.get(), file);
        exchange.getResponseHeaders().set("Content-Type", "application/zip");
        exchange.sendResponseHeaders(200, Files.size(file));
        Files.copy(file, exchange.getResponseBody());
        LOG.info("A backup of the database was taken ({} bytes)", Files.size(file));
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Whether the caller showed the token only a reader of the secret key file can make. */
  private static boolean authorised(HttpExchange exchange, byte[] token) {
    var given =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
            .filter(value -> value.startsWith("Bearer "))
            .map(value -> value.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8));
    return given.isPresent() && MessageDigest.isEqual(given.get(), token);
  }

  private static void rotateKey(
      HttpExchange exchange, byte[] token, Optional<ContentKeys> contentKeys, Clock clock)
      throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "POST only");
        return;
      }
      if (!authorised(exchange, token)) {
        answer(exchange, 401, "A key rotation needs the server's secret key file");
        return;
      }
      if (contentKeys.isEmpty()) {
        answer(
            exchange, 409, "The in-memory store seals nothing and keeps nothing: no key to rotate");
        return;
      }
      ContentKeys.Rotation rotation;
      try {
        rotation = contentKeys.get().rotate(clock.instant());
      } catch (RuntimeException e) {
        // The database away, or another rotation at the same moment; the message may quote SQL.
        LOG.warn("A key rotation failed: {}", e.getClass().getSimpleName());
        answer(
            exchange, 503, "The rotation failed (" + e.getClass().getSimpleName() + "): try again");
        return;
      }
      switch (rotation) {
        case ContentKeys.Rotation.Rotated rotated -> {
          LOG.info(
              "Content key {} added: new values are sealed under it; keys {} are re-sealed in the"
                  + " background",
              rotated.current(),
              rotated.older());
          answer(
              exchange,
              200,
              "key "
                  + rotated.current()
                  + " is current; values under keys "
                  + rotated.older()
                  + " are being re-sealed");
        }
        case ContentKeys.Rotation.Exhausted exhausted ->
            answer(exchange, 409, "Every key number (1 to 255) is taken: no further rotation");
      }
    }
  }

  private static void metrics(HttpExchange exchange, Metrics metrics) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "GET only");
        return;
      }
      if (!"/metrics".equals(exchange.getRequestURI().getPath())) {
        answer(exchange, 404, "Not found");
        return;
      }
      var body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    var body = (text + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  /** The port it listens on. */
  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
