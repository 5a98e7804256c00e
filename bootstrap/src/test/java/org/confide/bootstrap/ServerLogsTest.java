package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server's own log, as an operator's collector reads it, in both formats: a conversation with
 * failures in it leaves lines of the chosen shape (text, or one JSON object per line) and none
 * holds what a reporter wrote, their code or their session token.
 */
class ServerLogsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CANARY = "Canary-51c0 what happened";

  @TempDir Path directory;

  @ParameterizedTest
  @EnumSource(Configuration.LogFormat.class)
  void lines_have_the_chosen_shape_and_hold_nothing_a_reporter_sent(Configuration.LogFormat format)
      throws IOException {
    var environment = new HashMap<>(TestStores.h2(directory));
    environment.put("CONFIDE_PORT", "0");
    environment.put("CONFIDE_SECRET_KEY_FILE", directory.resolve("secret.key").toString());
    environment.put("CONFIDE_LOG_FORMAT", format.name().toLowerCase(java.util.Locale.ROOT));
    List<String> lines;
    String code;
    String token;
    try (var server = ChildServer.start(environment, false)) {
      var reporters = new Reporters(server.port());
      var receipt =
          Reporters.receipt(reporters.submit(CANARY, Optional.empty()), CANARY).orElseThrow();
      code = receipt.code();
      var session =
          reporters.send(
              post(reporters, "/api/v1/reporter/session", "{\"accessCode\": \"" + code + "\"}"));
      token = session.body().get("token").asText();
      // Failures, which are what gets logged: a wrong code, a body too large, malformed JSON.
      reporters.send(
          post(
              reporters,
              "/api/v1/reporter/session",
              "{\"accessCode\": " + Reporters.quote(CANARY) + "}"));
      reporters.send(post(reporters, "/api/v1/reports", Reporters.body(CANARY.repeat(20_000))));
      reporters.send(post(reporters, "/api/v1/reports", "{\"account\": \"" + CANARY + "\","));
      lines = server.lines();
    }

    var logLines = lines.stream().filter(line -> !line.startsWith(ServerProcess.READY)).toList();
    // At least the start-up line, and the refused oversized body.
    assertThat(logLines).hasSizeGreaterThanOrEqualTo(2);
    for (var line : logLines) {
      switch (format) {
        case TEXT ->
            assertThat(line)
                .matches(
                    "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (INFO |WARN |ERROR) .*");
        case JSON -> {
          JsonNode object = JSON.readTree(line);
          assertThat(object.isObject()).as(line).isTrue();
          assertThat(object.has("@timestamp") && object.has("level") && object.has("message"))
              .as(line)
              .isTrue();
        }
      }
      assertThat(line)
          .doesNotContain("Canary-51c0")
          .doesNotContain(code)
          .doesNotContain(code.replace("-", ""))
          .doesNotContain(token);
    }
    assertThat(String.join("\n", logLines)).contains("Confide is listening on port");
    if (format == Configuration.LogFormat.JSON) {
      // A line logged while a request was served (the oversized body) carries the request's id.
      assertThat(logLines)
          .anySatisfy(line -> assertThat(requestIdOf(line)).matches("[0-9a-f]{16}"));
    }
  }

  private static String requestIdOf(String jsonLine) {
    try {
      return JSON.readTree(jsonLine).path("request").asText();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static HttpRequest post(Reporters reporters, String path, String json) {
    return HttpRequest.newBuilder(URI.create(reporters.base() + path))
        .timeout(Reporters.REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }
}
