package org.confide.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The OpenAPI document as the test: every exchange a suite has with the API is held to what the
 * document declares, and the first thing it does not declare fails the test that made the exchange.
 * The web, end-to-end and security suites send every request through it (their HTTP clients call
 * {@link #check}), so a status, a header or a body the document does not list fails the build.
 *
 * <p>What is checked, for a request to the API ({@code /api/...} and {@code /health}; the pages are
 * for browsers and are not part of the contract):
 *
 * <ul>
 *   <li>the status is one the operation declares; a path the document does not have may only be
 *       refused (404, or one of the refusals any request can meet), and a method it does not have
 *       on a path only with 405 or one of those refusals; {@code HEAD} is answered as its {@code
 *       GET} declares, with no body and no media type;
 *   <li>the body is in a media type the answer declares and, for JSON, valid against its schema
 *       (JSON Schema 2020-12 with the OpenAPI 3.1 dialect, formats asserted, by networknt's
 *       json-schema-validator); an answer that declares no content has no body and no {@code
 *       Content-Type};
 *   <li>the headers that carry meaning for a client ({@code Retry-After}, {@code Location}, {@code
 *       Content-Disposition}, {@code Accept-Encoding}, {@code Allow}, {@code WWW-Authenticate}) are
 *       sent only where declared, and match their schema;
 *   <li>a request the document says is wrong (a JSON body its schema refuses, no token where the
 *       operation needs one) is never answered with a success.
 * </ul>
 *
 * <p>Thread-safe: the suites send requests from many threads at once.
 */
public final class OpenApiContract {

  private static final String RESOURCE = "/org/confide/adapter/web/openapi.json";
  private static final String DOCUMENT_ID = "https://confide.invalid/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
  private static final List<String> MEANINGFUL_HEADERS =
      List.of(
          "Retry-After",
          "Location",
          "Content-Disposition",
          "Accept-Encoding",
          "Allow",
          "WWW-Authenticate");

  /**
   * What any request can be told, whatever its path or method: the refusals declared on every
   * operation, as the components that describe them.
   */
  private static final Map<String, String> ANY_REQUEST =
      Map.of(
          "400", "Unreadable",
          "403", "CrossSite",
          "404", "NotFound",
          "413", "TooLarge",
          "414", "UriTooLong",
          "415", "UnsupportedMediaType",
          "431", "HeadersTooLarge",
          "503", "Unavailable");

  private static final OpenApiContract DOCUMENT = new OpenApiContract();

  private final JsonNode document;
  private final SchemaRegistry registry;
  private final List<PathTemplate> paths = new ArrayList<>();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  private final AtomicLong checked = new AtomicLong();

  /** One path of the document, as a pattern its concrete paths match. */
  private record PathTemplate(String template, Pattern pattern, JsonNode item) {}

  /**
   * One request and its answer, as sent and received; {@code requestBody} is null when the sender
   * keeps no copy of what it sent, and then only the answer is checked.
   */
  public record Exchange(
      String method,
      URI uri,
      HttpHeaders requestHeaders,
      byte[] requestBody,
      int status,
      HttpHeaders responseHeaders,
      byte[] responseBody) {

    /** The answer alone, for a client that keeps no copy of what it sent. */
    public static Exchange answer(
        String method, URI uri, int status, HttpHeaders responseHeaders, String responseBody) {
      return new Exchange(
          method,
          uri,
          HttpHeaders.of(Map.of(), (name, value) -> true),
          null,
          status,
          responseHeaders,
          responseBody.getBytes(StandardCharsets.UTF_8));
    }

    /** An exchange whose bodies are text (sent and read as UTF-8). */
    public static Exchange of(
        String method,
        URI uri,
        HttpHeaders requestHeaders,
        String requestBody,
        int status,
        HttpHeaders responseHeaders,
        String responseBody) {
      return new Exchange(
          method,
          uri,
          requestHeaders,
          requestBody == null ? new byte[0] : requestBody.getBytes(StandardCharsets.UTF_8),
          status,
          responseHeaders,
          responseBody == null ? new byte[0] : responseBody.getBytes(StandardCharsets.UTF_8));
    }
  }

  private OpenApiContract() {
    String text;
    try (var in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no OpenAPI document at " + RESOURCE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      document = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(),
            builder -> builder.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT_ID, text)));
    var literal = new ArrayList<PathTemplate>();
    var templated = new ArrayList<PathTemplate>();
    document
        .get("paths")
        .properties()
        .forEach(entry -> {
          var template = entry.getKey();
          var regex = new StringBuilder("^");
          for (var part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
          }
          var path = new PathTemplate(template, Pattern.compile(regex + "$"), entry.getValue());
          (template.contains("{") ? templated : literal).add(path);
        });
    // A path written out in full wins over a template that would also match it.
    paths.addAll(literal);
    paths.addAll(templated);
  }

  /** The document in {@code adapter-web}'s resources, which the server also serves. */
  public static OpenApiContract document() {
    return DOCUMENT;
  }

  /** How many exchanges with the API this has checked, for a suite to show it checked some. */
  public long checked() {
    return checked.get();
  }

  /**
   * Holds {@code exchange} to the document.
   *
   * @throws AssertionError naming the request and what the document does not declare
   */
  public void check(Exchange exchange) {
    var path = exchange.uri().getRawPath();
    if (path == null || !isApi(path)) {
      return;
    }
    checked.incrementAndGet();
    var problems = new ArrayList<String>();
    var method = exchange.method().toLowerCase(Locale.ROOT);
    var normalised =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    var template =
        paths.stream().filter(t -> t.pattern().matcher(normalised).matches()).findFirst();
    String status = Integer.toString(exchange.status());
    if (template.isEmpty()) {
      anyRequest(exchange, status, "no path", problems);
    } else if (template.get().item().has(method)) {
      var operation = template.get().item().get(method);
      var pointer = "/paths/" + escape(template.get().template()) + "/" + method;
      checkAnswer(exchange, operation, pointer, status, false, problems);
      checkRequest(exchange, operation, pointer, problems);
    } else if (method.equals("head") && template.get().item().has("get")) {
      var pointer = "/paths/" + escape(template.get().template()) + "/get";
      checkAnswer(exchange, template.get().item().get("get"), pointer, status, true, problems);
    } else if (status.equals("405")) {
      checkResponse(exchange, componentPointer("MethodNotAllowed"), false, problems);
    } else {
      anyRequest(
          exchange, status, "no " + method.toUpperCase(Locale.ROOT) + " operation", problems);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "The OpenAPI document does not declare this answer to "
              + exchange.method()
              + " "
              + path
              + " ("
              + exchange.status()
              + "): "
              + String.join("; ", problems)
              + "\nbody: "
              + preview(exchange.responseBody()));
    }
  }

  private static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/health");
  }

  /** A request the document has no operation for: only the refusals any request can meet. */
  private void anyRequest(Exchange exchange, String status, String why, List<String> problems) {
    var component = ANY_REQUEST.get(status);
    if (component == null) {
      problems.add(why + " in the document, and " + status + " is no refusal any request can meet");
      return;
    }
    checkResponse(
        exchange, componentPointer(component), exchange.method().equals("HEAD"), problems);
  }

  private void checkAnswer(
      Exchange exchange,
      JsonNode operation,
      String pointer,
      String status,
      boolean head,
      List<String> problems) {
    var responses = operation.path("responses");
    String key = responses.has(status) ? status : responses.has("default") ? "default" : null;
    if (key == null) {
      problems.add(
          "status " + status + " is not among the operation's responses " + names(responses));
      return;
    }
    checkResponse(exchange, pointer + "/responses/" + key, head, problems);
  }

  /** Holds the answer to the response object at {@code pointer}, following its reference. */
  private void checkResponse(
      Exchange exchange, String pointer, boolean head, List<String> problems) {
    var response = document.at(pointer);
    while (response.has("$ref")) {
      pointer = response.get("$ref").asText().substring(1);
      response = document.at(pointer);
    }
    var contentType = exchange.responseHeaders().firstValue("Content-Type");
    var content = response.path("content");
    if (head || content.isEmpty()) {
      if (exchange.responseBody().length > 0) {
        problems.add("a body where the answer declares none");
      }
      if (contentType.isPresent()) {
        problems.add("Content-Type " + contentType.get() + " on an answer with no body");
      }
    } else {
      checkContent(exchange, pointer, content, contentType, problems);
    }
    checkHeaders(exchange, response.path("headers"), problems);
  }

  private void checkContent(
      Exchange exchange,
      String pointer,
      JsonNode content,
      Optional<String> contentType,
      List<String> problems) {
    if (contentType.isEmpty()) {
      problems.add("no Content-Type, where the answer declares " + names(content));
      return;
    }
    var media = contentType.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!content.has(media)) {
      problems.add("Content-Type " + media + " is not among " + names(content));
      return;
    }
    if (!media.equals("application/json") && !media.endsWith("+json")) {
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(exchange.responseBody());
    } catch (IOException e) {
      problems.add("the body is not JSON");
      return;
    }
    if (body == null || body.isMissingNode()) {
      problems.add("no body, where the answer declares " + media);
      return;
    }
    var schemaPointer = pointer + "/content/" + escape(media) + "/schema";
    for (var error : schema(schemaPointer).validate(body)) {
      problems.add("body " + error.getInstanceLocation() + ": " + error.getMessage());
    }
  }

  private void checkHeaders(Exchange exchange, JsonNode declared, List<String> problems) {
    var names = new LinkedHashMap<String, JsonNode>();
    declared
        .properties()
        .forEach(e -> names.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    for (var header : MEANINGFUL_HEADERS) {
      var value = exchange.responseHeaders().firstValue(header);
      var declaration = names.get(header.toLowerCase(Locale.ROOT));
      if (value.isPresent() && declaration == null) {
        problems.add("header " + header + " is not declared");
      } else if (value.isPresent()
          && declaration.path("schema").path("type").asText().equals("integer")) {
        try {
          var number = Long.parseLong(value.get().strip());
          var minimum = declaration.path("schema").path("minimum");
          if (minimum.isNumber() && number < minimum.asLong()) {
            problems.add("header " + header + " is below its minimum");
          }
        } catch (NumberFormatException e) {
          problems.add("header " + header + " is not a whole number");
        }
      }
    }
    declared
        .properties()
        .forEach(e -> {
          if (e.getValue().path("required").asBoolean(false)
              && exchange.responseHeaders().firstValue(e.getKey()).isEmpty()) {
            problems.add("required header " + e.getKey() + " is missing");
          }
        });
  }

  /** A request the document says is wrong is never answered with a success. */
  private void checkRequest(
      Exchange exchange, JsonNode operation, String pointer, List<String> problems) {
    if (exchange.status() < 200 || exchange.status() >= 300 || exchange.requestBody() == null) {
      return;
    }
    var security = operation.path("security");
    if (!security.isMissingNode()
        && !security.isEmpty()
        && !security.toString().contains("{}")
        && exchange.requestHeaders().firstValue("Authorization").isEmpty()) {
      problems.add("a success without the token the operation needs");
    }
    var json = operation.path("requestBody").path("content").path("application/json");
    var type = exchange.requestHeaders().firstValue("Content-Type").orElse("");
    if (json.isMissingNode() || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(exchange.requestBody());
    } catch (IOException e) {
      problems.add("a success for a body that is not JSON");
      return;
    }
    if (body == null || body.isMissingNode()) {
      problems.add("a success for a missing body");
      return;
    }
    var schemaPointer = pointer + "/requestBody/content/application~1json/schema";
    var errors = schema(schemaPointer).validate(body);
    if (!errors.isEmpty()) {
      problems.add(
          "a success for a body the document refuses: "
              + errors.getFirst().getInstanceLocation()
              + " "
              + errors.getFirst().getMessage());
    }
  }

  private Schema schema(String pointer) {
    return schemas.computeIfAbsent(
        pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + p)));
  }

  private static String componentPointer(String name) {
    return "/components/responses/" + name;
  }

  /** A JSON pointer token: {@code ~} and {@code /} escaped. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String names(JsonNode object) {
    var names = new ArrayList<String>();
    object.fieldNames().forEachRemaining(names::add);
    return names.toString();
  }

  private static String preview(byte[] body) {
    var text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
