package org.confide.adapter.web.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen, over plain HTTP: it keeps Confide's cookies (and sends them back to
 * Confide only), follows nothing by itself, and lets a test stop between the steps of a sign-in.
 */
final class SignInClient {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  final Map<String, String> cookies = new LinkedHashMap<>();
  private final String confide;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  SignInClient(String confide) {
    this.confide = confide;
  }

  HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(absolute(url))).GET());
  }

  HttpResponse<String> post(String url, Map<String, String> form) {
    var body =
        form.entrySet().stream()
            .map(field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(absolute(url)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", confide)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> getWithBearer(String url, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(absolute(url)))
            .header("Authorization", "Bearer " + token));
  }

  HttpResponse<String> postJson(String url, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(absolute(url)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The form token of the page {@code html}. */
  static String formToken(String html) {
    var found = CSRF.matcher(html);
    if (!found.find()) {
      throw new AssertionError("no form token in " + html);
    }
    return found.group(1);
  }

  private String absolute(String url) {
    return url.startsWith("http") ? url : confide + url;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    var built = request.timeout(Duration.ofSeconds(20));
    var ours = built.build().uri().toString().startsWith(confide);
    if (ours && !cookies.isEmpty()) {
      built.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      var response = client.send(built.build(), HttpResponse.BodyHandlers.ofString());
      if (ours) {
        for (var header : response.headers().allValues("Set-Cookie")) {
          var pair = header.split(";", 2)[0];
          var name = pair.substring(0, pair.indexOf('='));
          var value = pair.substring(pair.indexOf('=') + 1);
          if (value.isEmpty() || header.contains("Max-Age=0")) {
            cookies.remove(name);
          } else {
            cookies.put(name, value);
          }
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
