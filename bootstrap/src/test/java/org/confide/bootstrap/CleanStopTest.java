package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.confide.adapter.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean stop (SIGTERM, as systemd and {@code kill} send it) frees every lease this node holds
 * before the database is closed, so another node takes the jobs over at once, as the README
 * promises. The server runs in a JVM of its own on embedded H2, its jobs ticking every 200 ms, and
 * is stopped while they run; after each stop the database shows every job released, and the log has
 * no failed release. Stopped several times, since a stop that lands during a job's run is the one
 * that went wrong.
 */
class CleanStopTest {

  private static final List<String> JOBS =
      List.of(
          "retention-purge", "overdue-marking", "escalation-reminders", "content-key-resealing");

  @Test
  void a_clean_stop_frees_every_lease_of_the_node(@TempDir Path data) throws Exception {
    var environment = new HashMap<String, String>();
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_STORE", "h2");
    environment.put("CONFIDE_DATA_DIR", data.toString());
    environment.put("CONFIDE_ADMIN_EMAIL", Staff.ADMIN);
    environment.put("CONFIDE_ADMIN_PASSWORD", Staff.PASSWORD);

    for (int stop = 1; stop <= 4; stop++) {
      var server = ChildServer.start(environment, true);
      // Several ticks: every job is leased and runs, and is likely running when the stop comes.
      Thread.sleep(1_000 + 150L * stop);
      server.close();

      assertThat(server.lines())
          .as("stop %d", stop)
          .noneMatch(line -> line.contains("Could not release"))
          .noneMatch(line -> line.contains("Closing failed"));
      assertThat(leases(data)).as("holders after stop %d", stop).isEqualTo(released());
    }
  }

  private static Map<String, String> released() {
    var all = new HashMap<String, String>();
    JOBS.forEach(job -> all.put(job, ""));
    return all;
  }

  /** Each job's holder, read from the database once the server has exited. */
  private static Map<String, String> leases(Path data) {
    try (var database = Database.h2File(data)) {
      var holders = new HashMap<String, String>();
      database
          .jdbi()
          .useHandle(handle ->
              handle
                  .createQuery("select job, holder from job_leases")
                  .map((row, context) -> Map.entry(row.getString(1), row.getString(2)))
                  .forEach(entry -> holders.put(entry.getKey(), entry.getValue())));
      return holders;
    }
  }
}
