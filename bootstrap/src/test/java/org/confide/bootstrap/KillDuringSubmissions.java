package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The server process is killed with SIGKILL while eight reporters submit concurrently over HTTP.
 * Every report the server acknowledged with 201 must be there after a restart, whole, and its
 * access code must open it; no request may have been answered 500. Three kills per database.
 */
abstract class KillDuringSubmissions {

  private static final int KILLS = 3;
  private static final int CLIENTS = 8;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 30;

  @TempDir Path directory;

  /** The environment naming the store, on top of a port and a secret key file. */
  abstract Map<String, String> store(Path directory);

  @Test
  void every_acknowledged_report_survives_a_kill_and_its_code_still_opens_it() throws Exception {
    var environment = new HashMap<>(store(directory));
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("secret.key").toString());
    var acknowledged = new ConcurrentLinkedQueue<Reporters.Receipt>();
    var unexpected = new ConcurrentLinkedQueue<Integer>();
    var logs = new ArrayList<String>();

    for (int run = 0; run < KILLS; run++) {
      var server = ChildServer.start(environment, false);
      var reporters = new Reporters(server.port());
      var stop = new AtomicBoolean();
      int target = acknowledged.size() + ACKNOWLEDGED_BEFORE_KILL;
      var counter = new AtomicInteger();
      int thisRun = run;
      try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
        for (int c = 0; c < CLIENTS; c++) {
          clients.submit(() -> {
            while (!stop.get()) {
              var account = "kill-run-" + thisRun + "-report-" + counter.incrementAndGet();
              var reply = reporters.submit(account, Optional.empty());
              if (!reply.answered()) {
                return; // the server is gone
              }
              Reporters.receipt(reply, account)
                  .ifPresentOrElse(acknowledged::add, () -> unexpected.add(reply.status()));
            }
          });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < target && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        // Killed while the clients are still submitting: some requests are in flight.
        server.kill();
        stop.set(true);
      }
      logs.addAll(server.lines());
      assertThat(acknowledged.size())
          .as("reports acknowledged by run %d", run)
          .isGreaterThanOrEqualTo(target);
    }

    try (var server = ChildServer.start(environment, false)) {
      var reporters = new Reporters(server.port());
      assertThat(reporters.lost(acknowledged))
          .as("acknowledged reports lost or unreadable")
          .isEmpty();
      logs.addAll(server.lines());
    }
    assertThat(unexpected).as("answers other than 201").isEmpty();
    // Nothing a reporter sent or received is in the server's log.
    for (var receipt : acknowledged) {
      assertThat(logs)
          .noneMatch(line -> line.contains(receipt.code()) || line.contains(receipt.account()));
    }
  }
}
