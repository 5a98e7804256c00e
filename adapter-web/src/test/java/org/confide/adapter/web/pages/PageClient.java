package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages over plain HTTP as a browser without script asks for them: a page with the cookies it
 * holds, a form sent from the same origin, and what a page gives back to send with the next form
 * (its form token, the cookies it sets).
 */
final class PageClient {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  /** A client of the pages at {@code base}, such as {@code http://127.0.0.1:8080}. */
  PageClient(String base) {
    this.base = base;
  }

  /** {@return the page at {@code path}, asked for with {@code cookies}} */
  HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookieHeader(cookies));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** {@return the answer to {@code form} sent to {@code path} with {@code cookies}} */
  HttpResponse<String> post(String path, Map<String, String> cookies, Map<String, String> form)
      throws Exception {
    var body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookieHeader(cookies));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** {@return the form token of the first form on {@code html}} */
  static String token(String html) {
    var found = TOKEN.matcher(html);
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

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
