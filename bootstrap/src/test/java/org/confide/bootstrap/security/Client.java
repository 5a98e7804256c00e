package org.confide.bootstrap.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.adapter.web.OpenApiContract;

/**
 * Real HTTP to the started server, as an attacker would send it: any method, header, cookie and
 * body bytes, redirects never followed, every answer kept whole (status, headers, bytes) and, for
 * the API, held to the OpenAPI document ({@link OpenApiContract}).
 */
final class Client {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final String base;
  private final Clock clock;
  private final Client root;
  private final Map<String, String> always;

  /**
   * @param clock the server's clock: staff codes from an authenticator app follow it
   */
  Client(int port, Clock clock) {
    this.http = newHttpClient();
    this.base = "http://127.0.0.1:" + port;
    this.clock = clock;
    this.root = this;
    this.always = Map.of();
  }

  private Client(Client from, Map<String, String> always) {
    this.http = from.http;
    this.base = from.base;
    this.clock = from.clock;
    this.root = from.root;
    this.always = Map.copyOf(always);
  }

  /**
   * This client as another client behind a trusted proxy, whose address the proxy (this test, on
   * loopback) names in {@code X-Forwarded-For}: for a server started with {@code
   * CONFIDE_TRUSTED_PROXIES=127.0.0.1}.
   */
  Client from(String address) {
    return with("X-Forwarded-For", address);
  }

  /** This client, sending {@code name: value} on every request. */
  Client with(String name, String value) {
    var headers = new LinkedHashMap<>(always);
    headers.put(name, value);
    return new Client(this, headers);
  }

  /** The client all others made from it ({@link #from}) are views of: the same people. */
  Client root() {
    return root;
  }

  Clock clock() {
    return clock;
  }

  /** The server's origin as this client addresses it, {@code http://127.0.0.1:port}. */
  String base() {
    return base;
  }

  /** A request being built; {@link #send()} sends it. */
  final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private byte[] body;
    private boolean chunked;
    private boolean alone;
    private String formToken;

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Call bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    Call cookie(String name, String value) {
      cookies.put(name, value);
      return this;
    }

    Call cookies(Map<String, String> all) {
      cookies.putAll(all);
      return this;
    }

    /**
     * The form token a page on this path's side (staff or reporter) gives a browser holding this
     * call's cookies, asked for once: what a browser would post back.
     */
    String formToken() {
      if (formToken == null) {
        formToken = Client.this.formToken(path, cookies);
      }
      return formToken;
    }

    /**
     * A form body with this browser's form token as the {@code csrf} field, then {@code fields}.
     */
    Call formWithToken(Map<String, String> fields) {
      var all = new LinkedHashMap<String, String>();
      all.put("csrf", formToken());
      all.putAll(fields);
      return form(all);
    }

    /** A JSON body, sent as {@code application/json}. */
    Call json(String json) {
      return bytes("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A form body, URL-encoded as a browser sends it. */
    Call form(Map<String, String> fields) {
      return formEncoded(encode(fields));
    }

    /** A form body already encoded (to send what a browser never would). */
    Call formEncoded(String encoded) {
      return bytes("application/x-www-form-urlencoded", encoded.getBytes(StandardCharsets.UTF_8));
    }

    Call bytes(String contentType, byte[] bytes) {
      if (contentType != null) {
        headers.put("Content-Type", contentType);
      }
      this.body = bytes;
      return this;
    }

    /** Sends the body without a length, in chunks, so the server cannot refuse it up front. */
    Call chunked() {
      this.chunked = true;
      return this;
    }

    /**
     * Sends this on a connection of its own, closed after it: for a request Jetty refuses before
     * reading it whole (a URI or headers too long), whose connection the server tears down while
     * the client may still be writing, so that no later request is sent down it.
     */
    Call onItsOwnConnection() {
      this.alone = true;
      return this;
    }

    Reply send() {
      var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
      always.forEach(builder::header);
      headers.forEach(builder::header);
      if (!cookies.isEmpty()) {
        builder.header(
            "Cookie",
            cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
      }
      HttpRequest.BodyPublisher publisher;
      if (body == null) {
        publisher = HttpRequest.BodyPublishers.noBody();
      } else if (chunked) {
        var bytes = body;
        publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
      } else {
        publisher = HttpRequest.BodyPublishers.ofByteArray(body);
      }
      builder.method(method, publisher);
      try {
        var request = builder.build();
        HttpResponse<byte[]> response;
        long start = System.nanoTime();
        if (alone) {
          try (var own = newHttpClient()) {
            response = own.send(request, HttpResponse.BodyHandlers.ofByteArray());
          }
        } else {
          response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        long took = System.nanoTime() - start;
        // Every answer of the API, to hostile requests too, is held to the OpenAPI document.
        OpenApiContract.document()
            .check(
                new OpenApiContract.Exchange(
                    method,
                    request.uri(),
                    request.headers(),
                    body == null ? new byte[0] : body,
                    response.statusCode(),
                    response.headers(),
                    response.body()));
        return new Reply(response.statusCode(), response, response.body(), took);
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + path + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static final java.util.regex.Pattern CSRF =
      java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  /**
   * The form token a page on the side of {@code path} (a staff page for {@code /staff...}, else a
   * reporter's page) gives a browser holding {@code cookies}, read from the page as a browser reads
   * it. The cookies must hold the page's session, or a visit cookie ({@link Cookies#FORM}), since a
   * token made for a visit cookie the page has just set would match no cookie of the caller's.
   */
  String formToken(String path, Map<String, String> cookies) {
    var staff = path.equals("/staff") || path.startsWith("/staff/");
    var page = get(staff ? "/staff/sign-in" : "/sign-in").cookies(cookies).send();
    if (page.cookies().containsKey(Cookies.FORM)) {
      throw new IllegalStateException(
          "the page made a new visit cookie, so its token matches none of the caller's cookies");
    }
    return page.formToken();
  }

  Call call(String method, String path) {
    return new Call(method, path);
  }

  Call get(String path) {
    return call("GET", path);
  }

  Call post(String path) {
    return call("POST", path);
  }

  /**
   * An answer: the status, the headers and the body as sent, and how long the server took to answer
   * (from sending to the last byte read, before any check of the answer).
   */
  record Reply(int status, HttpResponse<byte[]> raw, byte[] bytes, long nanos) {

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text(), e);
      }
    }

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }

    String location() {
      return header("Location").orElse("");
    }

    /** The cookies this answer sets, by name (a cleared cookie has an empty value). */
    Map<String, String> cookies() {
      var set = new LinkedHashMap<String, String>();
      for (var header : raw.headers().allValues("Set-Cookie")) {
        var pair = header.split(";", 2)[0];
        set.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
      return set;
    }

    /** The form token of the page's forms, as a browser reads it from the page. */
    String formToken() {
      var found = CSRF.matcher(text());
      if (status != 200 || !found.find()) {
        throw new IllegalStateException("no form token on the page: " + this);
      }
      return found.group(1);
    }

    /** The status as the matrix writes it: {@code 200}, or {@code 303 /where} for a redirect. */
    String summary() {
      return status >= 300 && status < 400 ? status + " " + location() : Integer.toString(status);
    }

    @Override
    public String toString() {
      var text = text();
      return status + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
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

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e ->
            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpClient newHttpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }
}
