package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages of a server over plain HTTP as a browser without script meets them: pages fetched and
 * forms posted with the cookies given, the visit cookie and form token of a first visit, and a
 * reporter signed in with an access code.
 */
final class PageClient {

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  PageClient(String base) {
    this.base = base;
  }

  /** A browser's first visit: the visit cookie the first page set, and its forms' token. */
  record Visit(String cookie, String token) {
    Map<String, String> cookies() {
      return Map.of(Pages.FORM_COOKIE, cookie);
    }
  }

  Visit visit() throws Exception {
    var page = get("/sign-in", Map.of());
    return new Visit(cookies(page).get(Pages.FORM_COOKIE), formToken(page.body()));
  }

  /** The cookies of a reporter signed in on the pages with {@code code}. */
  Map<String, String> reporterSignIn(Visit visit, String code) throws Exception {
    var signIn = post("/sign-in", visit.cookies(), Map.of("csrf", visit.token(), "code", code));
    var reporter = new LinkedHashMap<>(cookies(signIn));
    reporter.putIfAbsent(Pages.FORM_COOKIE, visit.cookie());
    return reporter;
  }

  static String formToken(String html) {
    var found = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(found.find()).as("a form token on the page").isTrue();
    return found.group(1);
  }

  /** {@return the last value {@code reply} sets cookie {@code name} to, not cleared} */
  static String setCookie(HttpResponse<String> reply, String name) {
    return reply.headers().allValues("Set-Cookie").stream()
        .filter(header -> header.startsWith(name + "="))
        .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
        .filter(value -> !value.isEmpty())
        .reduce((first, last) -> last)
        .orElseThrow();
  }

  static Map<String, String> cookies(HttpResponse<String> reply) {
    var cookies = new LinkedHashMap<String, String>();
    for (var header : reply.headers().allValues("Set-Cookie")) {
      var pair = header.substring(0, header.indexOf(';'));
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return cookies;
  }

  HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookieHeader(cookies));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> cookies, Map<String, String> form)
      throws Exception {
    var body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookieHeader(cookies));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
