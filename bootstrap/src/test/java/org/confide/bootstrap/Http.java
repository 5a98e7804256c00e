package org.confide.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.confide.adapter.web.OpenApiContract;

/**
 * A small HTTP client for the end-to-end tests: JSON in, status and JSON out. Every answer of the
 * API is held to the OpenAPI document ({@link OpenApiContract}).
 */
final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

  Answer get(String path, Optional<String> token) {
    return send(request(path, token).GET().build(), null);
  }

  /** A page, as a browser would fetch it: the status and the HTML. */
  HttpResponse<String> page(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer post(String path, Optional<String> token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        json);
  }

  Answer put(String path, Optional<String> token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        json);
  }

  Answer delete(String path, Optional<String> token) {
    return send(request(path, token).DELETE().build(), null);
  }

  private HttpRequest.Builder request(String path, Optional<String> token) {
    var builder = HttpRequest.newBuilder(URI.create(base + path));
    token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
    return builder;
  }

  /**
   * Sends {@code request}, whose body is {@code sent}, and holds the answer to the OpenAPI
   * document.
   */
  private Answer send(HttpRequest request, String sent) {
    try {
      var response = client.send(request, HttpResponse.BodyHandlers.ofString());
      OpenApiContract.document()
          .check(
              OpenApiContract.Exchange.of(
                  request.method(),
                  request.uri(),
                  request.headers(),
                  sent,
                  response.statusCode(),
                  response.headers(),
                  response.body()));
      var body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      return new Answer(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A JSON string literal. */
  static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
