package org.confide.bootstrap;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.confide.adapter.persistence.ContentKeys;
import org.confide.adapter.persistence.H2Backups;

/**
 * The operator's commands, {@code java -jar confide.jar backup FILE}, {@code restore FILE} and
 * {@code rotate-key}, run with the same environment as the server. Each answers an exit code: 0
 * done, 1 failed, 2 not possible as asked (with what to change).
 */
final class Commands {

  private Commands() {}

  /**
   * Asks the running server (through its management port) for a consistent backup of its H2
   * database and writes it to {@code file}, whole or not at all.
   */
  static int backup(Configuration configuration, Path file, PrintStream out) {
    if (configuration.store() != Configuration.Store.H2) {
      out.println(
          "backup: this server keeps its reports in "
              + configuration.store().name().toLowerCase(java.util.Locale.ROOT)
              + "; back up PostgreSQL with pg_dump (see the README, \"Backup and restore\")");
      return 2;
    }
    var asked = managementRequest(configuration, "backup", "/backup", out);
    if (asked.isEmpty()) {
      return 2;
    }
    var request = asked.get().timeout(Duration.ofMinutes(30)).GET().build();
    var partial = file.resolveSibling(file.getFileName() + ".partial");
    try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      var response = client.send(request, HttpResponse.BodyHandlers.ofFile(partial));
      if (response.statusCode() != 200) {
        out.println("backup: the server refused: " + Files.readString(partial).strip());
        Files.deleteIfExists(partial);
        return 1;
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      out.println("backup: written to " + file + " (" + Files.size(file) + " bytes)");
      return 0;
    } catch (IOException e) {
      deleteQuietly(partial);
      noAnswer(configuration, "backup", e, out);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      deleteQuietly(partial);
      return 1;
    }
  }

  /**
   * Asks the running server (through its management port) to add a content key: new values are
   * sealed under it, and the scheduled re-sealing job moves the older values to it. Through a
   * running server rather than on the database directly, because the embedded H2 database can be
   * opened by its server only, and because on PostgreSQL the node that rotates seals under the new
   * key at once while the others read it from the database within seconds: the same command for one
   * node or several, needing no database credentials of its own.
   */
  static int rotateKey(Configuration configuration, PrintStream out) {
    if (configuration.store() == Configuration.Store.MEMORY) {
      out.println("rotate-key: the in-memory store seals nothing and keeps nothing");
      return 2;
    }
    var asked = managementRequest(configuration, "rotate-key", "/rotate-key", out);
    if (asked.isEmpty()) {
      return 2;
    }
    var request =
        asked
            .get()
            .timeout(Duration.ofMinutes(1))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      var response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        out.println("rotate-key: the server refused: " + response.body().strip());
        return 1;
      }
      out.println("rotate-key: " + response.body().strip());
      out.println(
          "rotate-key: every node seals under the new key within "
              + ContentKeys.KEPT.toSeconds()
              + " seconds. When the log says \"Content key N is no longer used\" and"
              + " confide_content_keys_in_use is 1, re-sealing is done. Every key is derived from"
              + " the secret key file, which did not change: keep it backed up, apart from the"
              + " database.");
      return 0;
    } catch (IOException e) {
      noAnswer(configuration, "rotate-key", e, out);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  /**
   * A request to the management server at {@code path}, carrying the proof that this command can
   * read the secret key file; empty, with what to change said on {@code out}, when it cannot be
   * made.
   */
  private static Optional<HttpRequest.Builder> managementRequest(
      Configuration configuration, String command, String path, PrintStream out) {
    if (configuration.managementPort().isEmpty()) {
      out.println(
          command
              + ": set CONFIDE_MANAGEMENT_PORT, here and on the running server: the "
              + command
              + " is done by the server, through its management port");
      return Optional.empty();
    }
    ServerKeys keys;
    try {
      keys = ServerKeys.load(configuration.secretKeyFile());
    } catch (IllegalStateException e) {
      out.println(command + ": " + e.getMessage());
      return Optional.empty();
    }
    var address = configuration.managementAddress();
    var host = address.contains(":") ? "[" + address + "]" : address;
    return Optional.of(
        HttpRequest.newBuilder(
                URI.create("http://" + host + ":" + configuration.managementPort().get() + path))
            .header("Authorization", "Bearer " + HexFormat.of().formatHex(keys.managementKey())));
  }

  private static void noAnswer(
      Configuration configuration, String command, IOException e, PrintStream out) {
    out.println(
        command
            + ": no answer from the management port "
            + configuration.managementPort().get()
            + " ("
            + e.getClass().getSimpleName()
            + "); is the server running with CONFIDE_MANAGEMENT_PORT set?");
  }

  /** Restores the backup {@code file} into the data directory, which must hold no database yet. */
  static int restore(Configuration configuration, Path file, PrintStream out) {
    if (configuration.store() != Configuration.Store.H2) {
      out.println(
          "restore: this server keeps its reports in "
              + configuration.store().name().toLowerCase(java.util.Locale.ROOT)
              + "; restore PostgreSQL with pg_restore (see the README, \"Backup and restore\")");
      return 2;
    }
    return switch (H2Backups.restore(file, configuration.dataDirectory())) {
      case H2Backups.Restored.Done done -> {
        out.println(
            "restore: the database is in "
                + configuration.dataDirectory()
                + " ("
                + done.bytes()
                + " bytes); start Confide with the secret key file of the server it came from");
        yield 0;
      }
      case H2Backups.Restored.Refused refused -> {
        out.println("restore: nothing was changed: " + refused.reason());
        yield 2;
      }
    };
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Nothing more to do; the partial file says what it is.
    }
  }
}
