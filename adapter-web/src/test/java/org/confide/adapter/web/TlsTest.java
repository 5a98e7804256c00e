package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confide.adapter.web.security.TrustedProxies;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Served over TLS, over real HTTP: with {@code behindTls}, or for one request whose trusted proxy
 * says {@code X-Forwarded-Proto: https}, every cookie is {@code Secure} with the {@code __Host-}
 * prefix ({@code Path=/}, no {@code Domain}), only prefixed cookies are read, and every answer
 * carries {@code Strict-Transport-Security}; from anyone else the header changes nothing.
 */
class TlsTest {

  private static final String HSTS = "max-age=63072000; includeSubDomains";

  private final Fixture fixture = new Fixture();
  private final HttpClient client = HttpClient.newHttpClient();
  private Javalin app;
  private String base;

  private void start(WebSettings settings) {
    app = WebServer.create(fixture.confide, settings).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  private static WebSettings plain(Fixture fixture) {
    return WebSettings.defaults(fixture.clock, () -> true);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(
      String path, Map<String, String> headers, Map<String, String> form) throws Exception {
    var body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> cookies(HttpResponse<String> reply) {
    var cookies = new LinkedHashMap<String, String>();
    for (var header : reply.headers().allValues("Set-Cookie")) {
      var pair = header.substring(0, header.indexOf(';'));
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return cookies;
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String formToken(String html) {
    var found = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(found.find()).isTrue();
    return found.group(1);
  }

  /**
   * A staff member signs in through the page, sending {@code extra} headers on each request, and
   * reaches the case list: answers every cookie the sign-in set, by its full header.
   */
  private List<String> signInAndReachTheCases(Map<String, String> extra) throws Exception {
    var page = get("/staff/sign-in", extra);
    var visit = cookies(page);
    var headers = new LinkedHashMap<>(extra);
    headers.put("Cookie", cookieHeader(visit));
    var signedIn =
        post(
            "/staff/sign-in",
            headers,
            Map.of(
                "csrf",
                formToken(page.body()),
                "email",
                "adviser@example.ac.uk",
                "password",
                Fixture.PASSWORD));
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
    var session = new LinkedHashMap<>(extra);
    session.put("Cookie", cookieHeader(cookies(signedIn)));
    var cases = get("/staff/cases", session);
    assertThat(cases.statusCode()).isEqualTo(200);
    assertThat(cases.body()).contains("<h1>Cases</h1>");
    var all = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie"));
    all.addAll(signedIn.headers().allValues("Set-Cookie"));
    return all;
  }

  @Nested
  class BehindTls {

    @Test
    void every_cookie_is_secure_with_the_host_prefix_and_every_answer_carries_hsts()
        throws Exception {
      start(plain(fixture).withBehindTls(true));
      var set = signInAndReachTheCases(Map.of());
      assertThat(set)
          .hasSizeGreaterThanOrEqualTo(3)
          .allSatisfy(cookie ->
              assertThat(cookie)
                  .startsWith("__Host-confide_")
                  .contains("; Path=/;")
                  .contains("; Secure")
                  .contains("; HttpOnly")
                  .contains("; SameSite=Strict")
                  .doesNotContainIgnoringCase("Domain="));
      for (var path : List.of("/", "/staff/sign-in", "/api/v1/questionnaire", "/nowhere")) {
        assertThat(get(path, Map.of()).headers().firstValue("Strict-Transport-Security"))
            .as(path)
            .hasValue(HSTS);
      }
    }

    @Test
    void a_cookie_without_the_prefix_is_not_read() throws Exception {
      start(plain(fixture).withBehindTls(true));
      var plainCookie =
          get("/staff/cases", Map.of("Cookie", "confide_staff=" + fixture.adviser.value()));
      assertThat(plainCookie.statusCode()).isEqualTo(303);
      assertThat(plainCookie.headers().firstValue("Location")).hasValue("/staff/sign-in");
      var prefixed =
          get("/staff/cases", Map.of("Cookie", "__Host-confide_staff=" + fixture.adviser.value()));
      assertThat(prefixed.statusCode()).isEqualTo(200);
    }

    @Test
    void the_origin_of_forms_is_https() throws Exception {
      start(plain(fixture).withBehindTls(true));
      var page = get("/sign-in", Map.of());
      var cookie = "Cookie";
      var headers =
          Map.of(cookie, cookieHeader(cookies(page)), "Origin", base.replace("http:", "https:"));
      assertThat(post("/sign-out", headers, Map.of("csrf", formToken(page.body()))).statusCode())
          .isEqualTo(303);
      var again = get("/sign-in", Map.of());
      var fromHttp = Map.of(cookie, cookieHeader(cookies(again)), "Origin", base);
      assertThat(post("/sign-out", fromHttp, Map.of("csrf", formToken(again.body()))).statusCode())
          .isEqualTo(403);
    }
  }

  @Nested
  class ForwardedProto {

    private WebSettings trustingLoopback() {
      var proxies = (TrustedProxies.Parsed.Valid) TrustedProxies.parse("127.0.0.1");
      return plain(fixture).withTrustedProxies(proxies.proxies());
    }

    @Test
    void from_a_trusted_proxy_https_makes_that_request_one_over_tls() throws Exception {
      start(trustingLoopback());
      var https = Map.of("X-Forwarded-Proto", "https");
      var set = signInAndReachTheCases(https);
      assertThat(set)
          .allSatisfy(cookie -> assertThat(cookie).startsWith("__Host-").contains("; Secure"));
      assertThat(get("/", https).headers().firstValue("Strict-Transport-Security")).hasValue(HSTS);

      var http = get("/", Map.of("X-Forwarded-Proto", "http"));
      assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
      assertThat(get("/sign-in", Map.of()).headers().allValues("Set-Cookie"))
          .allSatisfy(
              cookie -> assertThat(cookie).startsWith("confide_form=").doesNotContain("Secure"));
      // The nearest proxy's word is the last one.
      assertThat(
              get("/", Map.of("X-Forwarded-Proto", "https, http"))
                  .headers()
                  .firstValue("Strict-Transport-Security"))
          .isEmpty();
    }

    @Test
    void from_anyone_else_the_header_changes_nothing() throws Exception {
      start(plain(fixture));
      var https = Map.of("X-Forwarded-Proto", "https");
      var page = get("/sign-in", https);
      assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
      assertThat(page.headers().allValues("Set-Cookie"))
          .singleElement()
          .satisfies(
              cookie -> assertThat(cookie).startsWith("confide_form=").doesNotContain("Secure"));
      var set = signInAndReachTheCases(https);
      assertThat(set).noneSatisfy(cookie -> assertThat(cookie).startsWith("__Host-"));
    }
  }
}
