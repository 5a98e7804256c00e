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
import org.confide.adapter.persistence.H2Backups;

/**
 * The operator's commands, {@code java -jar confide.jar backup FILE} and {@code restore FILE}, run
 * with the same environment as the server. Each answers an exit code: 0 done, 1 failed, 2 not
 * possible as asked (with what to change).
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
    if (configuration.managementPort().isEmpty()) {
      out.println(
          "backup: set CONFIDE_MANAGEMENT_PORT, here and on the running server: the backup is"
              + " taken by the server, through its management port");
      return 2;
    }
    ServerKeys keys;
    try {
      keys = ServerKeys.load(configuration.secretKeyFile());
    } catch (IllegalStateException e) {
      out.println("backup: " + e.getMessage());
      return 2;
    }
    var address = configuration.managementAddress();
    var host = address.contains(":") ? "[" + address + "]" : address;
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://" + host + ":" + configuration.managementPort().get() + "/backup"))
            .header("Authorization", "Bearer " + HexFormat.of().formatHex(keys.managementKey()))
            .timeout(Duration.ofMinutes(30))
            .GET()
            .build();
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
      out.println(
          "backup: no answer from the management port "
              + configuration.managementPort().get()
              + " ("
              + e.getClass().getSimpleName()
              + "); is the server running with CONFIDE_MANAGEMENT_PORT set?");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      deleteQuietly(partial);
      return 1;
    }
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
