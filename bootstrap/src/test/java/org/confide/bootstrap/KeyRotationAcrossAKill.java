package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar confide.jar rotate-key} against a running server (a process of its own, with
 * scheduled jobs that re-seal a few values a run), which is then killed with {@code SIGKILL}
 * part-way through re-sealing and started again: every report opens with its access code before the
 * rotation, during the re-sealing, after the kill and once it is done; the restarted server goes on
 * re-sealing where the dead one stopped; and when nothing is left under the old key, the log says
 * so by key number and the metrics show one key in use.
 */
abstract class KeyRotationAcrossAKill {

  private static final String RESEALED = "Job content-key-resealing ran on node";
  private static final String RETIRED =
      "Content key 1 is no longer used: every sealed value is under key 2";

  @TempDir Path directory;

  /** The store part of the servers' environment (both use the same store). */
  abstract Map<String, String> store(Path directory);

  @Test
  void a_rotation_killed_part_way_resumes_on_restart_with_every_report_readable_throughout()
      throws Exception {
    var environment = new HashMap<>(store(directory));
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("secret.key").toString());
    environment.put("CONFIDE_MANAGEMENT_PORT", Integer.toString(Operator.freePort()));

    var receipts = new ArrayList<Reporters.Receipt>();
    try (var server = ChildServer.start(environment, true)) {
      var reporters = new Reporters(server.port());
      // Two sealed values each (answers and account): many runs of the job at a few a run.
      for (int i = 0; i < 120; i++) {
        var account = "a report sealed under key 1, number " + i;
        receipts.add(
            Reporters.receipt(reporters.submit(account, Optional.empty()), account).orElseThrow());
      }

      var rotated = Operator.command(environment, "rotate-key");
      assertThat(rotated.exit()).as(rotated.output()).isZero();
      assertThat(rotated.output())
          .contains("rotate-key: key 2 is current; values under keys [1] are being re-sealed")
          .contains("keep it backed up, apart from the database");
      for (int i = 0; i < 10; i++) {
        var account = "a report sealed under key 2, number " + i;
        receipts.add(
            Reporters.receipt(reporters.submit(account, Optional.empty()), account).orElseThrow());
      }

      await(() -> server.lines().stream().anyMatch(line -> line.contains(RESEALED)));
      assertThat(unreadable(reporters, receipts.subList(0, 20))).isEmpty();
      server.kill();
      assertThat(server.lines()).noneMatch(line -> line.contains(RETIRED));
    }

    environment.put("CONFIDE_MANAGEMENT_PORT", Integer.toString(Operator.freePort()));
    try (var server = ChildServer.start(environment, true)) {
      var reporters = new Reporters(server.port());
      assertThat(unreadable(reporters, receipts)).as("reports that did not open").isEmpty();
      await(() -> server.lines().stream().anyMatch(line -> line.contains(RETIRED)));
      assertThat(server.lines())
          .as("the restarted server re-sealed what the killed one had not")
          .anyMatch(line -> line.contains(RESEALED));
      assertThat(unreadable(reporters, receipts)).as("reports that did not open").isEmpty();

      var metrics =
          Operator.management(
                  Integer.parseInt(environment.get("CONFIDE_MANAGEMENT_PORT")), "GET", "/metrics")
              .body();
      assertThat(metrics)
          .contains("confide_content_key_current 2.0\n")
          .contains("confide_content_keys_in_use 1.0\n");
      // Whoever cannot read the secret key file cannot rotate the key.
      var stranger = new HashMap<>(environment);
      stranger.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("other.key").toString());
      Files.writeString(directory.resolve("other.key"), "ab".repeat(32) + "\n");
      var refused = Operator.command(stranger, "rotate-key");
      assertThat(refused.exit()).isEqualTo(1);
      assertThat(refused.output()).contains("the server refused");
    }
  }

  private static List<String> unreadable(Reporters reporters, List<Reporters.Receipt> receipts) {
    return reporters.lost(receipts);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within 90 s");
      }
      Thread.sleep(20);
    }
  }
}
