package org.confide.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A {@link ServerProcess} started by a test, with its log lines kept for the hygiene check. */
final class ChildServer implements AutoCloseable {

  private final Process process;
  private final int port;
  private final String node;
  private final List<String> lines;

  private ChildServer(Process process, int port, String node, List<String> lines) {
    this.process = process;
    this.port = port;
    this.node = node;
    this.lines = lines;
  }

  /** Starts a server with {@code environment}; waits up to a minute for it to answer. */
  static ChildServer start(Map<String, String> environment, boolean fastJobs) {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command = new ArrayList<String>();
    command.add(java);
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dconfide.test.fastJobs=" + fastJobs);
    // The production logging (logback.xml, and logback-json.xml when asked), not the quieter
    // logback-test.xml that the test class path also holds: the log checks read what an operator
    // would see.
    command.add("-Dlogback.configurationFile=logback.xml");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerProcess.class.getName());
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(key -> key.startsWith("CONFIDE_"));
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var lines = new CopyOnWriteArrayList<String>();
    var ready = new CompletableFuture<String>();
    Thread.ofPlatform()
        .daemon()
        .start(() -> {
          try (var reader =
              new BufferedReader(
                  new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
              lines.add(line);
              if (line.startsWith(ServerProcess.READY)) {
                ready.complete(line);
              }
            }
          } catch (IOException e) {
            // The process died.
          }
          ready.completeExceptionally(new IllegalStateException("the server exited: " + lines));
        });
    try {
      var parts = ready.get(60, TimeUnit.SECONDS).split(" ");
      return new ChildServer(process, Integer.parseInt(parts[1]), parts[2], lines);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("the server did not start: " + lines, e);
    }
  }

  int port() {
    return port;
  }

  String node() {
    return node;
  }

  /** Every line the server printed so far. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** SIGKILL: no shutdown hook, no lease released, nothing flushed. */
  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the server did not exit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
