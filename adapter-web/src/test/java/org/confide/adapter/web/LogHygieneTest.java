package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What the web layer logs while serving a whole conversation, errors included: nothing personal.
 */
class LogHygieneTest {

  private static final String CANARY = "Canary-7f3a report text";

  private final Api api = new Api();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private Level level;

  @BeforeEach
  void capture() {
    level = root.getLevel();
    root.setLevel(Level.INFO);
    appender.start();
    root.addAppender(appender);
  }

  @AfterEach
  void release() {
    root.detachAppender(appender);
    root.setLevel(level);
    api.close();
  }

  @Test
  void no_code_token_password_text_or_address_is_logged() {
    var receipt = api.call("/api/v1/reports").send("POST", Api.anonymousReport(CANARY));
    var code = receipt.json().get("accessCode").asText();
    var reporter =
        api.post("/api/v1/reporter/session", null, Map.of("accessCode", code))
            .json()
            .get("token")
            .asText();
    api.post("/api/v1/reporter/messages", reporter, Map.of("body", CANARY + " message"));
    api.get("/api/v1/reporter/report", reporter);
    var adviser = api.logIn("adviser@example.ac.uk");
    api.get("/api/v1/staff/cases/" + receipt.json().get("reference").asText(), adviser);
    // Failures too: a wrong code, a wrong password, a body too large, malformed JSON.
    api.post("/api/v1/reporter/session", null, Map.of("accessCode", CANARY));
    api.post(
        "/api/v1/staff/session",
        null,
        Map.of("email", "adviser@example.ac.uk", "password", CANARY + " password"));
    try {
      api.call("/api/v1/reports").send("POST", Api.anonymousReport(CANARY.repeat(20_000)));
    } catch (UncheckedIOException refusedWhileSent) {
      // Jetty answers 413 and closes the connection while the body may still be on its way, and
      // the reset can reach the client before the answer does. Either way the server refused the
      // body, and what it logged of it is checked below.
    }
    api.call("/api/v1/reports").send("POST", "{\"account\": \"" + CANARY + "\",");

    // The refused oversized body is logged (by Javalin, with its size only), so capture works.
    assertThat(appender.list).isNotEmpty();
    var logged =
        String.join(
            "\n",
            appender.list.stream()
                .map(event ->
                    event.getFormattedMessage()
                        + (event.getThrowableProxy() == null
                            ? ""
                            : " " + event.getThrowableProxy().getMessage()))
                .toList());
    assertThat(logged)
        .doesNotContain(code)
        .doesNotContain(code.replace("-", ""))
        .doesNotContain(reporter)
        .doesNotContain(adviser)
        .doesNotContain("Canary")
        .doesNotContain(Api.PASSWORD)
        .doesNotContain("127.0.0.1")
        .doesNotContain("Java-http-client");
  }
}
