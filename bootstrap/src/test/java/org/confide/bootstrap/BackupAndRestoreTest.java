package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar confide.jar backup FILE} takes a backup of a running server's H2 database while
 * reporters are submitting; {@code restore FILE} puts it into an empty data directory; a server
 * started there, with the same secret key file, has every report acknowledged before the backup
 * began, and each one's access code opens it. Run as an operator runs them: in a process of their
 * own, with the server's environment.
 */
class BackupAndRestoreTest {

  @TempDir Path directory;

  @Test
  void a_backup_taken_under_load_restores_every_report_acknowledged_before_it() throws Exception {
    var secret = directory.resolve("secret.key");
    var backup = directory.resolve("confide-backup.zip");
    var live = environment(directory.resolve("live"), secret);
    live.put("CONFIDE_MANAGEMENT_PORT", Integer.toString(Operator.freePort()));

    var acknowledged = new ConcurrentLinkedQueue<Reporters.Receipt>();
    List<Reporters.Receipt> beforeBackup;
    try (var server = ChildServer.start(live, false)) {
      var reporters = new Reporters(server.port());
      var stop = new AtomicBoolean();
      var counter = new AtomicInteger();
      try (var clients = Executors.newFixedThreadPool(4)) {
        for (int c = 0; c < 4; c++) {
          clients.submit(() -> {
            while (!stop.get()) {
              var account = "backed up report " + counter.incrementAndGet();
              Reporters.receipt(reporters.submit(account, Optional.empty()), account)
                  .ifPresent(acknowledged::add);
            }
          });
        }
        await(() -> acknowledged.size() >= 20);
        beforeBackup = List.copyOf(acknowledged);
        var taken = Operator.command(live, "backup", backup.toString());
        // Submissions went on while the backup was taken.
        int atEnd = acknowledged.size();
        await(() -> acknowledged.size() >= atEnd + 5);
        stop.set(true);
        assertThat(taken.exit()).as(taken.output()).isZero();
        assertThat(taken.output()).contains("backup: written to " + backup);
      }

      // Someone who cannot read the secret key file gets no backup.
      var stranger = new HashMap<>(live);
      stranger.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("other.key").toString());
      Files.writeString(
          directory.resolve("other.key"), "ab".repeat(32) + "\n", StandardCharsets.US_ASCII);
      var refused =
          Operator.command(stranger, "backup", directory.resolve("stolen.zip").toString());
      assertThat(refused.exit()).isEqualTo(1);
      assertThat(refused.output())
          .contains("the server refused: The backup needs the server's secret key file");
      assertThat(directory.resolve("stolen.zip")).doesNotExist();
    }

    var restoredDirectory = directory.resolve("restored");
    var restored = environment(restoredDirectory, secret);
    var done = Operator.command(restored, "restore", backup.toString());
    assertThat(done.exit()).as(done.output()).isZero();
    // Restoring never overwrites a database.
    var again = Operator.command(restored, "restore", backup.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.output()).contains("already holds a database");

    try (var server = ChildServer.start(restored, false)) {
      var reporters = new Reporters(server.port());
      assertThat(reporters.lost(beforeBackup))
          .as("reports acknowledged before the backup began, missing")
          .isEmpty();
    }
  }

  @Test
  void the_commands_say_what_is_missing_instead_of_doing_half() throws Exception {
    var secret = directory.resolve("secret.key");
    Files.writeString(secret, "cd".repeat(32) + "\n", StandardCharsets.US_ASCII);
    var environment = environment(directory.resolve("data"), secret);

    var noPort = Operator.command(environment, "backup", directory.resolve("b.zip").toString());
    assertThat(noPort.exit()).isEqualTo(2);
    assertThat(noPort.output()).contains("set CONFIDE_MANAGEMENT_PORT");

    environment.put("CONFIDE_MANAGEMENT_PORT", Integer.toString(Operator.freePort()));
    var nobody = Operator.command(environment, "backup", directory.resolve("b.zip").toString());
    assertThat(nobody.exit()).isEqualTo(1);
    assertThat(nobody.output()).contains("no answer from the management port");
    assertThat(directory.resolve("b.zip")).doesNotExist();
    assertThat(directory.resolve("b.zip.partial")).doesNotExist();

    var notABackup = directory.resolve("notes.txt");
    Files.writeString(notABackup, "not a backup");
    var wrongFile = Operator.command(environment, "restore", notABackup.toString());
    assertThat(wrongFile.exit()).isEqualTo(2);
    assertThat(wrongFile.output()).contains("is not a Confide backup");
    assertThat(directory.resolve("data").resolve("confide.mv.db")).doesNotExist();

    var postgres = new HashMap<>(environment);
    postgres.put("CONFIDE_STORE", "postgres");
    postgres.put("CONFIDE_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/confide");
    var dump = Operator.command(postgres, "backup", directory.resolve("b.zip").toString());
    assertThat(dump.exit()).isEqualTo(2);
    assertThat(dump.output()).contains("back up PostgreSQL with pg_dump");
  }

  private static Map<String, String> environment(Path data, Path secret) {
    var environment = new HashMap<>(TestStores.h2(data));
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_SECRET_KEY_FILE", secret.toString());
    return environment;
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
