package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    assertThat(served).hasSize(86);
    assertThat(described).isEqualTo(served);
  }

  @Test
  void the_description_names_its_licence_and_a_contact_and_tags_every_operation() {
    var description = api.get("/api/v1/openapi.json", null).json();

    assertThat(description.at("/info/license/identifier").asText()).isEqualTo("Apache-2.0");
    assertThat(description.at("/info/contact/name").asText()).isNotBlank();
    var tags = new TreeSet<String>();
    description.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
    assertThat(tags).hasSize(9);
  }

  @Test
  void every_staff_route_that_needs_two_factor_sign_in_first_declares_409() {
    var description = api.get("/api/v1/openapi.json", null).json();
    for (var operation :
        List.of(
            "/api/v1/staff/cases get",
            "/api/v1/staff/cases/{reference} get",
            "/api/v1/staff/escalations get",
            "/api/v1/staff/trends get",
            "/api/v1/staff/trends.csv get",
            "/api/v1/staff/alerts get",
            "/api/v1/staff/dashboard get",
            "/api/v1/staff/dashboard.csv get",
            "/api/v1/staff/alerts/{id} get",
            "/api/v1/admin/calendar get",
            "/api/v1/admin/analysis get",
            "/api/v1/admin/analysis put")) {
      var parts = operation.split(" ");
      assertThat(description.get("paths").get(parts[0]).get(parts[1]).get("responses").has("409"))
          .as(operation)
          .isTrue();
    }
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
                    var where = operation.getKey() + " " + path.getKey();
                    assertThat(operation.getValue().path("description").asText())
                        .as(where)
                        .isNotBlank();
                    assertThat(operation.getValue().path("tags")).as(where).isNotEmpty();
                    // The refusals any request can meet, whatever its route (issue 17).
                    for (var status : List.of("400", "405", "413", "414", "415", "431", "503")) {
                      assertThat(operation.getValue().get("responses").has(status))
                          .as(where + " declares " + status)
                          .isTrue();
                    }
                  }
                }));
  }
}
