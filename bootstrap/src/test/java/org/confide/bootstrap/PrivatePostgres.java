package org.confide.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own, made with {@code initdb} in a temporary directory and run
 * with {@code pg_ctl} on a free loopback port, so that a test can really stop PostgreSQL and start
 * it again without touching the machine's server (which other suites use). Run as the {@code
 * postgres} user when the tests run as root, since PostgreSQL refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {

  private final Path bin;
  private final Path home;
  private final int port;

  private PrivatePostgres(Path bin, Path home, int port) {
    this.bin = bin;
    this.home = home;
    this.port = port;
  }

  /** Makes a new database cluster and starts it. */
  static PrivatePostgres start() throws IOException {
    var bin = binaries();
    var home = Files.createTempDirectory("confide-postgres-");
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    var postgres = new PrivatePostgres(bin, home, port);
    if (asRoot()) {
      run(List.of("chown", "postgres:", home.toString()), false);
    }
    postgres.pg(
        "initdb",
        "-D",
        postgres.data(),
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--no-sync");
    postgres.up();
    return postgres;
  }

  /** The JDBC URL of its {@code postgres} database. */
  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  /** Starts the server and waits until it accepts connections. */
  void up() {
    pg(
        "pg_ctl",
        "-D",
        data(),
        "-l",
        home.resolve("server.log").toString(),
        "-o",
        "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1",
        "-w",
        "start");
  }

  /** Stops the server the way an operator does ("fast": open sessions are ended). */
  void down() {
    pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
  }

  @Override
  public void close() throws IOException {
    try {
      pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
    } catch (IllegalStateException alreadyStopped) {
      // It was stopped by the test.
    }
    try (var files = Files.walk(home)) {
      for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private String data() {
    return home.resolve("data").toString();
  }

  private void pg(String program, String... args) {
    var command = new ArrayList<String>();
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    run(command, asRoot());
  }

  private static void run(List<String> command, boolean asPostgres) {
    var full = new ArrayList<String>();
    if (asPostgres) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    try {
      var process = new ProcessBuilder(full).redirectErrorStream(true).start();
      var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int version(Path bin) {
    var name = bin.getParent().getFileName().toString();
    return name.matches("\\d+") ? Integer.parseInt(name) : 0;
  }

  /** The newest installed PostgreSQL's programs (Debian keeps them by version). */
  private static Path binaries() throws IOException {
    var versions = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(versions)) {
      throw new IllegalStateException("PostgreSQL's programs are not in /usr/lib/postgresql");
    }
    try (var each = Files.list(versions)) {
      return each.map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
          .max(Comparator.comparing(PrivatePostgres::version))
          .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql"));
    }
  }
}
