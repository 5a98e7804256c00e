package org.confide.bootstrap;

import java.time.Duration;
import org.confide.application.crypto.Argon2idPasswords;

/**
 * The server in a JVM of its own, for the tests that kill it with SIGKILL or run two nodes: reads
 * its configuration from the environment like {@link Main}, with cheap password hashing and, when
 * {@code -Dconfide.test.fastJobs=true}, a scheduler that ticks every 200 ms with 1 s leases (and
 * re-seals {@value #RESEALING_BATCH} values a run) and failed notifications retried within a
 * second. Prints one line, {@code CONFIDE-TEST-NODE <port> <node id>}, once it answers requests.
 */
public final class ServerProcess {

  static final String READY = "CONFIDE-TEST-NODE";

  /**
   * How many values one run of the fast re-sealing job re-seals: few, so that a rotation over a
   * test's few hundred values takes several runs and can be interrupted part-way.
   */
  static final int RESEALING_BATCH = 10;

  private ServerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    var configuration =
        ((Configuration.Reading.Valid) Configuration.read(System.getenv())).configuration();
    var schedule =
        Boolean.getBoolean("confide.test.fastJobs")
            ? new ScheduledJobs.Schedule(
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                Duration.ofMillis(500),
                Duration.ofMillis(500),
                Duration.ofMillis(500),
                Duration.ofMillis(500),
                RESEALING_BATCH)
            : ScheduledJobs.Schedule.standard();
    var server =
        ConfideServer.start(
            configuration,
            Argon2idPasswords.Parameters.forTestsOnly(),
            Wiring.systemClock(),
            schedule,
            Boolean.getBoolean("confide.test.fastJobs")
                ? NotificationsEndToEnd.RETRY
                : org.confide.domain.notification.RetryPolicy.standard());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println(READY + " " + server.port() + " " + server.node());
    System.out.flush();
    Thread.currentThread().join();
  }
}
