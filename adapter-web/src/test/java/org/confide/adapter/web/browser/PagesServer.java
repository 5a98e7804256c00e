package org.confide.adapter.web.browser;

import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.testing.Fixture;

/**
 * Confide's pages served on a free port over the in-memory application of {@link Fixture} (staff
 * accounts for every role, a clock under the test's control), and an everyday page elsewhere for
 * the quick exit to land on, since the machine has no internet. Close it to stop both.
 */
final class PagesServer implements AutoCloseable {

  static final String PASSWORD = Fixture.PASSWORD;

  final Fixture fixture = new Fixture();
  final Javalin app;
  final String base;
  final String elsewhere;
  private final HttpServer weather;

  PagesServer() {
    try {
      this.weather = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    weather.createContext(
        "/weather",
        exchange -> {
          var body =
              "<!DOCTYPE html><html lang=\"en\"><title>Weather</title><h1>Weather</h1></html>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    weather.start();
    this.elsewhere = "http://127.0.0.1:" + weather.getAddress().getPort() + "/weather";
    var settings = WebSettings.defaults(fixture.clock, () -> true).withQuickExitUrl(elsewhere);
    this.app = WebServer.create(fixture.confide, settings).start("127.0.0.1", 0);
    this.base = "http://127.0.0.1:" + app.port();
  }

  String url(String path) {
    return base + path;
  }

  @Override
  public void close() {
    app.stop();
    weather.stop(0);
  }
}
