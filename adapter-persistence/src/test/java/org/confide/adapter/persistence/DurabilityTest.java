package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged report is ever lost: a child JVM submits reports and prints each one only after
 * the use case returned; the test kills it with SIGKILL mid-stream, reopens the database, and every
 * printed report must be there, whole, with its access code still opening it.
 */
class DurabilityTest {

  private static final int RUNS = 3;
  private static final int REPORTS_BEFORE_KILL = 40;

  record Acknowledged(String reference, String code, int index) {}

  private final byte[] cipherKey = random(32);
  private final byte[] secret = random(32);

  @Test
  void every_acknowledged_report_survives_a_kill_on_h2(@TempDir Path directory) throws Exception {
    for (int run = 0; run < RUNS; run++) {
      var acknowledged = runAndKill("h2", directory.toString());
      try (var database = Database.h2File(directory)) {
        assertAllThere(database, acknowledged);
      }
    }
  }

  @Test
  @NeedsPostgres
  void every_acknowledged_report_survives_a_kill_on_postgres() throws Exception {
    var database = TestDatabases.postgres();
    var url = TestDatabases.postgresUrl().orElseThrow();
    for (int run = 0; run < RUNS; run++) {
      var acknowledged = runAndKill("postgres", url);
      assertAllThere(database, acknowledged);
    }
  }

  private List<Acknowledged> runAndKill(String kind, String where) throws Exception {
    var hex = HexFormat.of();
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                DurabilityChild.class.getName(),
                kind,
                where,
                hex.formatHex(cipherKey),
                hex.formatHex(secret))
            .redirectErrorStream(false)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    var acknowledged = new ArrayList<Acknowledged>();
    try (var lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        var parts = line.split(" ");
        if (parts.length != 3 || !parts[2].matches("\\d+")) {
          continue;
        }
        acknowledged.add(new Acknowledged(parts[0], parts[1], Integer.parseInt(parts[2])));
        if (acknowledged.size() == REPORTS_BEFORE_KILL) {
          // SIGKILL on Linux: no shutdown hook, no flush, no goodbye.
          process.destroyForcibly();
          break;
        }
      }
    }
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(acknowledged)
        .as("reports acknowledged before the kill")
        .hasSize(REPORTS_BEFORE_KILL);
    return acknowledged;
  }

  private void assertAllThere(Database database, List<Acknowledged> acknowledged) {
    var confide = PersistentConfide.confide(database, cipherKey, secret, Clock.systemUTC());
    for (var report : acknowledged) {
      var session =
          confide.openReporterSession().open(new OpenReporterSessionUseCase.Command(report.code()));
      assertThat(session)
          .as("access code of report %s", report.reference())
          .isInstanceOf(Outcome.Done.class);
      var copy = confide.readMyReport().read(session.orElseThrow().token()).orElseThrow();
      assertThat(copy.account())
          .as("report %s is whole", report.reference())
          .contains("Report " + report.index() + " written before the kill.");
      assertThat(copy.answers()).hasSize(6);
    }
  }

  private static byte[] random(int bytes) {
    var value = new byte[bytes];
    new SecureRandom().nextBytes(value);
    return value;
  }
}
