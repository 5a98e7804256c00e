package org.confide.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.confide.testing.Fixture;

/**
 * Confide's API started on a free port over the in-memory application of {@link Fixture} (its clock
 * under the test's control), with a small HTTP client. Close it to stop the server.
 */
final class Api implements AutoCloseable {

  static final String PASSWORD = Fixture.PASSWORD;
  static final ObjectMapper MAPPER = new ObjectMapper();

  final Fixture fixture = new Fixture();
  final AtomicBoolean databaseAnswers = new AtomicBoolean(true);
  final Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Api() {
    this(false);
  }

  Api(boolean behindTls) {
    this(settings -> settings.withBehindTls(behindTls));
  }

  /** The API on the default settings as {@code adjust} changes them. */
  Api(java.util.function.UnaryOperator<WebSettings> adjust) {
    var settings = adjust.apply(WebSettings.defaults(fixture.clock, databaseAnswers::get));
    this.app = WebServer.create(fixture.confide, settings).start("127.0.0.1", 0);
    this.base = "http://127.0.0.1:" + app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A request to {@code path}; send it with one of the verbs. */
  Call call(String path) {
    return new Call(path);
  }

  Reply get(String path, String token) {
    return call(path).bearer(token).send("GET", null);
  }

  Reply post(String path, String token, Object body) {
    return call(path).bearer(token).send("POST", body);
  }

  Reply put(String path, String token, Object body) {
    return call(path).bearer(token).send("PUT", body);
  }

  Reply delete(String path, String token) {
    return call(path).bearer(token).send("DELETE", null);
  }

  /** The API's answer to a staff sign-in with the fixture's password and {@code code}, if any. */
  Reply staffSignIn(String email, String code) {
    var body = new java.util.HashMap<String, Object>();
    body.put("email", email);
    body.put("password", PASSWORD);
    if (code != null) {
      body.put("code", code);
    }
    return post("/api/v1/staff/session", null, body);
  }

  /** A reporter session's token, opened with the access code of {@code receipt}. */
  String reporterToken(Reply receipt) {
    return post(
            "/api/v1/reporter/session",
            null,
            Map.of("accessCode", receipt.json().get("accessCode").asText()))
        .json()
        .get("token")
        .asText();
  }

  String logIn(String email) {
    var reply = post("/api/v1/staff/session", null, Map.of("email", email, "password", PASSWORD));
    if (reply.status() != 200) {
      throw new AssertionError("log-in failed: " + reply);
    }
    return reply.json().get("token").asText();
  }

  /** The body that creates a staff account with these roles and the shared test password. */
  static Map<String, Object> newStaff(String email, String displayName, String... roles) {
    return Map.of(
        "email", email, "displayName", displayName, "roles", List.of(roles), "password", PASSWORD);
  }

  /** Answers to the default questionnaire that raise no safeguarding concern. */
  static Map<String, Object> calmAnswers() {
    var answers = new LinkedHashMap<String, Object>();
    answers.put("incident-type", List.of("harassment"));
    answers.put("where", "on-campus");
    answers.put("reporter-role", "student");
    answers.put("affected-person", "me");
    answers.put("under-18", "no");
    answers.put("immediate-danger", "no");
    return answers;
  }

  /** An anonymous report with messaging. */
  static Map<String, Object> anonymousReport(String account) {
    var body = new LinkedHashMap<String, Object>();
    body.put("questionnaireVersion", 1);
    body.put("answers", calmAnswers());
    body.put("account", account);
    body.put("anonymous", true);
    body.put("messaging", true);
    return body;
  }

  /**
   * Sends {@link #anonymousReport} with {@code account}, as a reporter would.
   *
   * @return the reference of the report received
   */
  String reportAnonymously(String account) {
    var reply = post("/api/v1/reports", null, anonymousReport(account));
    if (reply.status() != 201) {
      throw new AssertionError("the report was not received: " + reply);
    }
    return reply.json().get("reference").asText();
  }

  /** One request being built. */
  final class Call {
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String contentType = "application/json";

    private Call(String path) {
      this.path = path;
    }

    Call bearer(String token) {
      if (token != null) {
        headers.put("Authorization", "Bearer " + token);
      }
      return this;
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Call contentType(String type) {
      this.contentType = type;
      return this;
    }

    /** Sends {@code body}: a String as it is, anything else as JSON. */
    Reply send(String method, Object body) {
      try {
        var builder =
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        headers.forEach(builder::header);
        String text = null;
        if (body == null) {
          builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
          text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
          if (contentType != null) {
            builder.header("Content-Type", contentType);
          }
          builder.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        var request = builder.build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        // Every answer is held to the OpenAPI document: one it does not declare fails the test.
        OpenApiContract.document()
            .check(
                OpenApiContract.Exchange.of(
                    method,
                    request.uri(),
                    request.headers(),
                    text,
                    response.statusCode(),
                    response.headers(),
                    response.body()));
        return new Reply(response);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A response. */
  record Reply(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + response.body(), e);
      }
    }

    /** The fields named in a problem's errors. */
    java.util.List<String> fields() {
      var fields = new java.util.ArrayList<String>();
      json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
      return fields;
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
