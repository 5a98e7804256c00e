package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.confide.application.crypto.Argon2idPasswords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every curl example in the README works as written on a fresh server: the walk through the API,
 * the trends and alerts, and the metrics. The shell blocks are read from the README itself and run
 * by bash, in order, against a server started as the README starts it (embedded H2, the first
 * administrator from {@code CONFIDE_ADMIN_EMAIL} and {@code CONFIDE_ADMIN_PASSWORD}, two-factor
 * sign-in required of all staff), with only the addresses changed to the test's ports. curl is run
 * with {@code --fail-with-body} and the script with {@code set -euo pipefail}, so an answer of 400
 * or more anywhere (the 409 of a token that only opens the two-factor set-up, say) stops it and
 * fails the test.
 */
@NeedsShellTools
class ReadmeExamplesTest {

  private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path directory;

  @Test
  void every_curl_example_in_the_readme_works_as_written_on_a_fresh_server() throws Exception {
    var readme = Files.readString(repository().resolve("README.md"));
    var api = new ArrayList<String>();
    var metrics = new ArrayList<String>();
    var blocks = SHELL_BLOCK.matcher(readme);
    while (blocks.find()) {
      var block = blocks.group(1);
      if (block.contains("$B/api/")) {
        api.add(block);
      } else if (block.contains("curl") && block.contains("/metrics")) {
        block.lines().filter(line -> line.startsWith("curl")).forEach(metrics::add);
      }
    }
    assertThat(api).as("the README's API examples").hasSizeGreaterThanOrEqualTo(2);
    assertThat(metrics).as("the README's metrics example").hasSize(1);
    assertThat(String.join("\n", api)).contains("B=http://localhost:7070");

    var data = Files.createDirectories(directory.resolve("data"));
    var environment = new HashMap<>(TestStores.h2(data));
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_ADMIN_EMAIL", "admin@example.ac.uk");
    environment.put("CONFIDE_ADMIN_PASSWORD", "change me, please");
    int management = freePort();
    environment.put("CONFIDE_MANAGEMENT_PORT", Integer.toString(management));
    var configuration =
        ((Configuration.Reading.Valid) Configuration.read(environment)).configuration();

    try (var server =
        ConfideServer.start(configuration, Argon2idPasswords.Parameters.forTestsOnly())) {
      var script = new StringBuilder("set -euo pipefail\n");
      for (var block : api) {
        script.append(
            block.replace("B=http://localhost:7070", "B=http://127.0.0.1:" + server.port()));
      }
      for (var line : metrics) {
        script.append(line.replace("127.0.0.1:7071", "127.0.0.1:" + management)).append('\n');
      }

      var output = run(script.toString());

      assertThat(output)
          .as("the reporter reads the adviser's reply")
          .contains("Yes. Would Tuesday at 10 suit you?")
          .as("the adviser reads the note back")
          .contains("Offered Tuesday at 10.")
          .as("the analyst reads counts")
          .contains("\"suppressed\"")
          .as("the subject access export")
          .contains("\"withheld\": 0")
          .as("the metrics")
          .contains("confide_http_requests_seconds");
      try (var files = Files.list(directory.resolve("work"))) {
        assertThat(files.map(path -> path.getFileName().toString()))
            .as("the CSV the trends example saves")
            .anyMatch(name -> name.startsWith("trends-") && name.endsWith(".csv"));
      }
      try (var files = Files.list(directory.resolve("work"))) {
        assertThat(files.map(path -> path.getFileName().toString()))
            .as("the PDF the case export example saves")
            .anyMatch(name -> name.startsWith("case-") && name.endsWith(".pdf"));
      }
    }
  }

  /** Runs {@code script} with bash in a directory of its own, curl failing on any error answer. */
  private String run(String script) throws IOException, InterruptedException {
    var work = Files.createDirectories(directory.resolve("work"));
    var shims = Files.createDirectories(directory.resolve("shims"));
    var curl = shims.resolve("curl");
    Files.writeString(
        curl,
        "#!/bin/sh\nexec "
            + NeedsShellTools.Condition.find("curl").orElseThrow()
            + " --fail-with-body --max-time 30 \"$@\"\n");
    Files.setPosixFilePermissions(curl, PosixFilePermissions.fromString("rwxr-xr-x"));
    var file = work.resolve("readme.sh");
    Files.writeString(file, script);
    var builder =
        new ProcessBuilder(
                NeedsShellTools.Condition.find("bash").orElseThrow().toString(), file.toString())
            .directory(work.toFile())
            .redirectErrorStream(true);
    builder.environment().put("PATH", shims + ":" + System.getenv("PATH"));
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as("the README's examples stopped with an error; they printed:\n%s", output)
        .isZero();
    return output;
  }

  /** The repository's root folder, from the module's folder or the root itself. */
  static Path repository() {
    var here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) ? here : here.getParent();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
