package org.confide.bootstrap.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.confide.adapter.persistence.TestDatabases;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.bootstrap.ConfideServer;
import org.confide.bootstrap.Configuration;
import org.confide.bootstrap.QuietServers;
import org.confide.bootstrap.TestStores;
import org.confide.testing.MutableClock;
import org.slf4j.LoggerFactory;

/**
 * The real server, started in this JVM on H2 or PostgreSQL with a clock the test moves, an
 * administrator, every log line captured, and a way to read every table of its database.
 */
final class RunningConfide implements AutoCloseable {

  static final String ADMIN = "admin@example.ac.uk";
  static final String PASSWORD = "a long enough password";

  private static final java.util.Set<Integer> BINARY =
      java.util.Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
  final ConfideServer server;

  /**
   * The organisation's OpenID Connect provider (single sign-on is on, passwords too), so that every
   * suite against the server meets the single sign-on routes.
   */
  final MockOAuth2Server provider = new MockOAuth2Server();

  final Client client;
  private final String jdbcUrl;
  private final String jdbcUser;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Connection connection;
  private final Map<String, Level> levelsBefore = new HashMap<>();

  private static final Map<String, Level> PRODUCTION_LEVELS =
      Map.of(
          org.slf4j.Logger.ROOT_LOGGER_NAME,
          Level.INFO,
          "org.eclipse.jetty",
          Level.WARN,
          "io.javalin",
          Level.WARN,
          "com.zaxxer.hikari",
          Level.WARN,
          "org.flywaydb",
          Level.WARN,
          // Not the server's: the test's own identity provider, which logs where it listens.
          "no.nav.security",
          Level.WARN);

  private RunningConfide(Map<String, String> store, String jdbcUrl, String jdbcUser) {
    this.jdbcUrl = jdbcUrl;
    this.jdbcUser = jdbcUser;
    logs.start();
    root().addAppender(logs);
    // The levels of the server's own logback.xml (the tests' configuration logs warnings only), so
    // that every line a deployment would log is captured and read.
    PRODUCTION_LEVELS.forEach((name, level) -> {
      var logger = (Logger) LoggerFactory.getLogger(name);
      levelsBefore.put(name, logger.getLevel());
      logger.setLevel(level);
    });
    var environment = new HashMap<String, String>();
    provider.start();
    environment.put("CONFIDE_OIDC_ISSUER", provider.issuerUrl("university").toString());
    environment.put("CONFIDE_OIDC_CLIENT_ID", "confide");
    environment.put("CONFIDE_OIDC_CLIENT_SECRET", "a client secret");
    environment.putAll(store);
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_ADMIN_EMAIL", ADMIN);
    environment.put("CONFIDE_ADMIN_PASSWORD", PASSWORD);
    var configuration =
        ((Configuration.Reading.Valid) Configuration.read(environment)).configuration();
    this.server =
        QuietServers.start(configuration, Argon2idPasswords.Parameters.forTestsOnly(), clock);
    this.client = new Client(server.port(), clock);
  }

  /** On the embedded H2 file database in {@code directory}. */
  static RunningConfide h2(Path directory) {
    return h2(directory, Map.of());
  }

  /** On the embedded H2 file database in {@code directory}, with more settings. */
  static RunningConfide h2(Path directory, Map<String, String> settings) {
    var environment = new HashMap<>(TestStores.h2(directory));
    environment.putAll(settings);
    // The same database, opened again in this JVM: H2 shares one engine between connections.
    return new RunningConfide(
        environment,
        "jdbc:h2:file:" + directory.toAbsolutePath().resolve("confide") + ";MODE=PostgreSQL",
        "confide");
  }

  /** On the PostgreSQL test database, emptied first (skipped without one, except in CI). */
  static RunningConfide postgres() {
    return new RunningConfide(
        TestStores.postgres(), TestDatabases.postgresUrl().orElseThrow(), null);
  }

  /** Every log line so far, with the messages and stack traces of what was thrown. */
  String logged() {
    var lines = new ArrayList<String>();
    for (var event : List.copyOf(logs.list)) {
      lines.add(event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }
    return String.join("\n", lines);
  }

  /**
   * Every row of every table (the migration history aside), each cell as text or, for binary
   * columns, as the bytes read as UTF-8 and as Latin-1: table name to sorted rows.
   */
  Map<String, List<String>> tables() {
    try {
      if (connection == null || connection.isClosed()) {
        connection = connect();
      }
      var names = new ArrayList<String>();
      try (var result =
          connection
              .createStatement()
              .executeQuery(
                  "select table_name from information_schema.tables"
                      + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                      + " and table_name <> 'flyway_schema_history'")) {
        while (result.next()) {
          names.add(result.getString(1));
        }
      }
      var dump = new TreeMap<String, List<String>>();
      for (var table : names) {
        var rows = new ArrayList<String>();
        try (var result = connection.createStatement().executeQuery("select * from " + table)) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            var row = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
              var meta = result.getMetaData();
              row.append(meta.getColumnName(c)).append('=');
              if (BINARY.contains(meta.getColumnType(c))) {
                var bytes = result.getBytes(c);
                if (bytes != null) {
                  row.append(new String(bytes, StandardCharsets.UTF_8))
                      .append(" / ")
                      .append(new String(bytes, StandardCharsets.ISO_8859_1));
                }
              } else {
                row.append(result.getString(c));
              }
              row.append(" | ");
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        dump.put(table, rows);
      }
      if (dump.size() < 10) {
        throw new IllegalStateException("too few tables found: " + dump.keySet());
      }
      return dump;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the database failed", e);
    }
  }

  private Connection connect() throws SQLException {
    return jdbcUser == null
        ? DriverManager.getConnection(jdbcUrl)
        : DriverManager.getConnection(jdbcUrl, jdbcUser, "");
  }

  @Override
  public void close() {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (SQLException e) {
      // The server goes away next anyway.
    }
    server.close();
    provider.shutdown();
    root().detachAppender(logs);
    levelsBefore.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
