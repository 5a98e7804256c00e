package org.confide.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DESIGN.md headers on every kind of answer the routes of the authorisation matrix do not give
 * — unknown paths, wrong methods, bodies too large or of the wrong type, throttled tries, and
 * requests Jetty refuses before any route — and every page, as each of the people who may see it,
 * loading nothing from another origin.
 */
class HeadersTest extends AgainstTheServer {

  @TempDir static Path directory;

  @Override
  RunningConfide start() {
    return RunningConfide.h2(directory);
  }

  @Test
  void every_kind_of_error_carries_the_headers() {
    var answers = new LinkedHashMap<String, Client.Reply>();
    answers.put("an unknown page", client.get("/nothing-here").send());
    answers.put("an unknown API path", client.get("/api/v1/nothing-here").send());
    answers.put("an unknown asset", client.get("/assets/other.js").send());
    answers.put("a wrong method", client.call("DELETE", "/api/v1/questionnaire").send());
    answers.put("a wrong method on a page", client.call("PUT", "/my-report").send());
    answers.put("OPTIONS", client.call("OPTIONS", "/api/v1/reports").send());
    answers.put("HEAD of a page", client.call("HEAD", "/").send());
    answers.put(
        "a body too large",
        client
            .post("/api/v1/reports")
            .json("{\"account\": \"" + "x".repeat(300_000) + "\"}")
            .send());
    answers.put(
        "a body of the wrong type",
        client
            .post("/api/v1/reports")
            .bytes("text/plain", "hello".getBytes(StandardCharsets.UTF_8))
            .send());
    answers.put(
        "a URI too long",
        client.get("/api/v1/staff/cases?view=" + "v".repeat(20_000)).onItsOwnConnection().send());
    answers.put(
        "headers too large",
        client
            .get("/api/v1/questionnaire")
            .header("X-Padding", "p".repeat(20_000))
            .onItsOwnConnection()
            .send());
    answers.put("a bad percent-encoding in the path", client.get("/staff/cases/%C3%28%FF").send());
    for (int i = 0; i < 6; i++) {
      answers.put(
          "a throttled code",
          client
              .post("/api/v1/reporter/session")
              .json("{\"accessCode\": \"ZZZZ-ZZZZ-ZZZZ-ZZZZ\"}")
              .send());
    }
    assertThat(answers.get("a throttled code").status()).isEqualTo(429);
    assertThat(answers.get("a body too large").status()).isEqualTo(413);
    assertThat(answers.get("a body of the wrong type").status()).isEqualTo(415);
    assertThat(answers.get("a wrong method").status()).isEqualTo(405);
    var soft = new SoftAssertions();
    for (var answer : answers.entrySet()) {
      soft.assertThat(answer.getValue().status()).as(answer.getKey()).isBetween(200, 499);
      Headers.check(soft, answer.getKey(), answer.getValue());
    }
    soft.assertAll();
  }

  /** Every page route, asked by each kind of person who may see it, loads only from here. */
  @Test
  void no_page_loads_anything_from_another_origin() {
    var people =
        Map.of(
            "a reporter", Optional.of(world.reportA.token()),
            "an adviser", Optional.of(world.adviserA),
            "a lead", Optional.of(world.lead),
            "an analyst", Optional.of(world.analyst),
            "an administrator", Optional.of(world.admin),
            "a visitor", Optional.<String>empty());
    var soft = new SoftAssertions();
    int scanned = 0;
    for (var route : confide.server.routes()) {
      if (!route.startsWith("GET ") || route.contains(" /api/") || route.endsWith("/health")) {
        continue;
      }
      var path =
          route
              .substring(4)
              .replace("{reference}", world.reportA.reference())
              .replace("{name}", "confide.css")
              .replace("{slug}", "support")
              .replace("{index}", "3")
              .replace("{version}", "1")
              .replace("{id}", route.contains("alerts") ? world.alert : world.escalationOnC);
      for (var person : people.entrySet()) {
        var reply = World.present(client.get(path), person.getValue()).send();
        Headers.check(soft, path + " for " + person.getKey(), reply);
        if (reply.contentType().startsWith("text/html")) {
          scanned++;
          for (var reference : Origins.loadedFrom(reply.text())) {
            soft.assertThat(Origins.sameOrigin(reference))
                .as("%s for %s loads %s", path, person.getKey(), reference)
                .isTrue();
          }
        }
      }
    }
    var css = client.get("/assets/confide.css").send().text();
    for (var reference : Origins.loadedFrom(css)) {
      soft.assertThat(Origins.sameOrigin(reference))
          .as("the stylesheet loads %s", reference)
          .isTrue();
    }
    soft.assertAll();
    assertThat(scanned).isGreaterThan(60);
    // And the scan can fail: a page that loads a script from elsewhere is caught.
    assertThat(Origins.loadedFrom("<script src=\"https://cdn.example.com/x.js\"></script>"))
        .noneMatch(Origins::sameOrigin);
  }
}
