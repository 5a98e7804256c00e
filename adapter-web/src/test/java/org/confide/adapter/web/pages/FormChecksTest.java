package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The two checks on every form, over real HTTP: the token must be one this server made for the
 * browser's visit (for two hours) or session, and a browser's post must come from this server's own
 * origin, which is the configured public address when there is one, else the Host the request was
 * sent to.
 */
class FormChecksTest {

  private final Fixture fixture = new Fixture();
  private final HttpClient client = HttpClient.newHttpClient();
  private Javalin app;
  private String base;

  private void start(WebSettings settings) {
    app = WebServer.create(fixture.confide, settings).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  private void start() {
    start(WebSettings.defaults(fixture.clock, () -> true));
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  /** A visit to the sign-in page: the visit cookie and the token of its forms. */
  private record Visit(String cookie, String token) {}

  private Visit visit() throws Exception {
    var page = send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET());
    var cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    var token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    return new Visit(
        cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')), token.group(1));
  }

  /** Signs out (a form that needs no session) with {@code visit}, sending {@code headers}. */
  private int signOut(Visit visit, Map<String, String> headers) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base + "/sign-out"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", Pages.FORM_COOKIE + "=" + visit.cookie())
            .POST(HttpRequest.BodyPublishers.ofString("csrf=" + visit.token()));
    headers.forEach(request::header);
    var reply = send(request);
    if (reply.statusCode() == 403) {
      assertThat(reply.body()).contains("This form has expired");
    }
    return reply.statusCode();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Nested
  class Tokens {

    @Test
    void a_visit_token_works_for_two_hours_after_its_page_and_only_with_its_cookie()
        throws Exception {
      start();
      var visit = visit();
      assertThat(signOut(new Visit(visit().cookie(), visit.token()), Map.of())).isEqualTo(403);
      fixture.advance(Duration.ofHours(2).minusSeconds(1));
      assertThat(signOut(visit, Map.of())).isEqualTo(303);
      var late = visit();
      fixture.advance(Duration.ofHours(2));
      assertThat(signOut(late, Map.of())).isEqualTo(403);
    }

    @Test
    void a_token_made_under_another_key_is_refused() throws Exception {
      start();
      var visit = visit();
      app.stop();
      // The same pages under a new key, as after a restart with another secret key file.
      start(WebSettings.defaults(fixture.clock, () -> true));
      assertThat(signOut(visit, Map.of())).isEqualTo(403);
    }
  }

  @Nested
  class Origins {

    @Test
    void only_this_origin_may_post_and_clients_that_say_nothing_are_judged_by_their_token()
        throws Exception {
      start();
      assertThat(signOut(visit(), Map.of())).isEqualTo(303);
      assertThat(signOut(visit(), Map.of("Origin", base, "Sec-Fetch-Site", "same-origin")))
          .isEqualTo(303);
      assertThat(signOut(visit(), Map.of("Origin", base + "/"))).isEqualTo(303);
      for (var elsewhere :
          java.util.List.of(
              Map.of("Origin", "http://localhost:" + app.port()),
              Map.of("Origin", "https://127.0.0.1:" + app.port()),
              Map.of("Origin", "http://127.0.0.1:" + (app.port() + 1)),
              Map.of("Origin", "null"),
              Map.of("Origin", "http://127.0.0.1:" + app.port() + ".evil.example"),
              Map.of("Sec-Fetch-Site", "same-site"),
              Map.of("Sec-Fetch-Site", "cross-site"),
              Map.of("Sec-Fetch-Site", "none"),
              Map.of("Origin", base, "Sec-Fetch-Site", "same-site"))) {
        assertThat(signOut(visit(), elsewhere)).as("%s", elsewhere).isEqualTo(403);
      }
    }

    @Test
    void behind_a_proxy_that_rewrites_host_the_public_address_is_the_origin() throws Exception {
      start(
          WebSettings.defaults(fixture.clock, () -> true)
              .withPublicOrigin(Optional.of("https://confide.example.ac.uk")));
      assertThat(signOut(visit(), Map.of("Origin", "https://confide.example.ac.uk")))
          .isEqualTo(303);
      assertThat(signOut(visit(), Map.of("Origin", base))).isEqualTo(403);
      assertThat(signOut(visit(), Map.of("Origin", "http://confide.example.ac.uk"))).isEqualTo(403);
    }

    @Test
    void the_api_refuses_a_change_from_another_origin_with_a_problem() throws Exception {
      start();
      var request =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/reporter/session"))
              .header("Content-Type", "application/json")
              .header("Origin", "http://b.confide.localhost")
              .POST(HttpRequest.BodyPublishers.ofString("{\"accessCode\": \"x\"}"));
      var reply = send(request);
      assertThat(reply.statusCode()).isEqualTo(403);
      assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      var reading =
          send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/questionnaire"))
                  .header("Origin", "http://b.confide.localhost")
                  .GET());
      assertThat(reading.statusCode()).isEqualTo(200);
    }
  }
}
