package org.confide.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx started by a test on loopback, in front of Confide nodes, proxying with the deployment's
 * own {@code deploy/nginx/confide-proxy.conf} and the upstream settings of {@code
 * deploy/nginx/confide.conf}. Only one header is added for the test: {@code X-Test-Upstream}, the
 * node that answered.
 */
final class Nginx implements AutoCloseable {

  static final Path BINARY = Path.of(System.getProperty("confide.nginx", "/usr/sbin/nginx"));

  /** The proxying every deployment includes, from the repository's {@code deploy/} folder. */
  static final Path PROXY_CONF = repository().resolve("deploy/nginx/confide-proxy.conf");

  private final Process process;
  private final int port;
  private final Path directory;

  private Nginx(Process process, int port, Path directory) {
    this.process = process;
    this.port = port;
    this.directory = directory;
  }

  /** Starts nginx in {@code directory} with the nodes on these loopback ports as its upstream. */
  static Nginx start(Path directory, List<Integer> nodePorts) throws IOException {
    int port = freePort();
    var upstream =
        nodePorts.stream()
            .map(node -> "    server 127.0.0.1:" + node + " max_fails=1 fail_timeout=10s;")
            .collect(Collectors.joining("\n"));
    var root = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
    var conf =
        root
            + """
            worker_processes 1;
            daemon off;
            pid %1$s/nginx.pid;
            error_log %1$s/error.log warn;
            events { worker_connections 512; }
            http {
              client_body_temp_path %1$s/body;
              proxy_temp_path %1$s/proxy;
              fastcgi_temp_path %1$s/fastcgi;
              uwsgi_temp_path %1$s/uwsgi;
              scgi_temp_path %1$s/scgi;
              upstream confide {
            %2$s
                keepalive 16;
              }
              server {
                listen 127.0.0.1:%3$d;
                add_header X-Test-Upstream $upstream_addr always;
                include %4$s;
              }
            }
            """
                .formatted(directory, upstream, port, PROXY_CONF);
    var file = directory.resolve("nginx.conf");
    Files.writeString(file, conf, StandardCharsets.UTF_8);
    var process =
        new ProcessBuilder(
                BINARY.toString(),
                "-p",
                directory.toString(),
                "-e",
                directory.resolve("error.log").toString(),
                "-c",
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("nginx.out").toFile())
            .start();
    var nginx = new Nginx(process, port, directory);
    nginx.awaitListening();
    return nginx;
  }

  int port() {
    return port;
  }

  private void awaitListening() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited: " + errors());
      }
      try (var socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep();
      }
    }
    throw new IllegalStateException("nginx did not listen on " + port + ": " + errors());
  }

  /** What nginx wrote to its error log and its output, for a failure message. */
  String errors() {
    try {
      var log = directory.resolve("error.log");
      var out = directory.resolve("nginx.out");
      return (Files.exists(log) ? Files.readString(log) : "")
          + (Files.exists(out) ? Files.readString(out) : "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The repository's root: the parent of the module the tests run in. */
  private static Path repository() {
    var here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("deploy")) ? here : here.getParent();
  }
}
