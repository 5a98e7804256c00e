package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI description served is the truth about the routes: no more, no fewer. */
class OpenApiTest {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void the_description_lists_exactly_the_routes_the_server_serves() {
    var reply = api.get("/api/v1/openapi.json", null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    var description = reply.json();
    assertThat(description.get("openapi").asText()).isEqualTo("3.1.0");

    var described = new TreeSet<String>();
    description
        .get("paths")
        .properties()
        .forEach(path ->
            path.getValue()
                .fieldNames()
                .forEachRemaining(method -> {
                  if (METHODS.contains(method)) {
                    described.add(method.toUpperCase() + " " + path.getKey());
                  }
                }));

    var served =
        api.app.unsafe.internalRouter.allHttpHandlers().stream()
            .map(parsed -> parsed.endpoint)
            .filter(endpoint -> endpoint.method.isHttpMethod())
            // The API and /health; the pages are for browsers and are not part of the contract.
            .filter(endpoint -> WebServer.isApi(endpoint.path))
            .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(served).hasSize(41);
    assertThat(described).isEqualTo(served);
  }

  @Test
  void every_operation_declares_its_responses_and_every_reference_resolves() {
    var description = api.get("/api/v1/openapi.json", null).json();
    var text = description.toString();
    var references = new TreeSet<String>();
    var matcher = java.util.regex.Pattern.compile("\"#/components/(\\w+)/(\\w+)\"").matcher(text);
    while (matcher.find()) {
      references.add(matcher.group(1) + "/" + matcher.group(2));
    }
    for (var reference : references) {
      var parts = reference.split("/");
      assertThat(description.get("components").get(parts[0]).has(parts[1])).as(reference).isTrue();
    }
    description
        .get("paths")
        .properties()
        .forEach(path ->
            path.getValue()
                .properties()
                .forEach(operation -> {
                  if (METHODS.contains(operation.getKey())) {
                    assertThat(operation.getValue().get("responses").size())
                        .as(operation.getKey() + " " + path.getKey())
                        .isPositive();
                    assertThat(operation.getValue().get("summary").asText()).isNotBlank();
                  }
                }));
  }
}
