package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check every suite's exchanges go through can fail: answers the document does not declare are
 * caught, and answers it declares pass.
 */
class OpenApiContractTest {

  private static final OpenApiContract CONTRACT = OpenApiContract.document();
  private static final String PROBLEM =
      "{\"type\":\"t\",\"title\":\"t\",\"status\":%d,\"detail\":\"d\",\"errors\":[]}";

  private static HttpHeaders headers(Map<String, String> headers) {
    return HttpHeaders.of(
        headers.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
        (a, b) -> true);
  }

  private static OpenApiContract.Exchange answer(
      String method, String path, int status, Map<String, String> headers, String body) {
    return OpenApiContract.Exchange.of(
        method,
        URI.create("http://127.0.0.1" + path),
        headers(Map.of()),
        null,
        status,
        headers(headers),
        body);
  }

  private static Map<String, String> problem() {
    return Map.of("Content-Type", "application/problem+json");
  }

  @Test
  void a_declared_answer_passes() {
    assertThatCode(() ->
            CONTRACT.check(
                answer(
                    "GET",
                    "/health",
                    200,
                    Map.of("Content-Type", "application/json"),
                    "{\"status\":\"UP\"}")))
        .doesNotThrowAnyException();
    assertThatCode(() ->
            CONTRACT.check(
                answer(
                    "GET",
                    "/api/v1/staff/cases",
                    503,
                    Map.of("Content-Type", "application/problem+json", "Retry-After", "5"),
                    PROBLEM.formatted(503))))
        .doesNotThrowAnyException();
  }

  @Test
  void an_undeclared_status_fails() {
    assertThatThrownBy(() ->
            CONTRACT.check(
                answer("GET", "/api/v1/questionnaire", 500, problem(), PROBLEM.formatted(500))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("status 500");
  }

  @Test
  void a_body_its_schema_refuses_fails() {
    assertThatThrownBy(() ->
            CONTRACT.check(
                answer(
                    "GET",
                    "/health",
                    200,
                    Map.of("Content-Type", "application/json"),
                    "{\"status\":\"UP\",\"extra\":1}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("body");
  }

  @Test
  void an_undeclared_header_fails() {
    assertThatThrownBy(() ->
            CONTRACT.check(
                answer(
                    "GET",
                    "/api/v1/questionnaire",
                    400,
                    Map.of("Content-Type", "application/problem+json", "Retry-After", "5"),
                    PROBLEM.formatted(400))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Retry-After");
  }

  @Test
  void a_media_type_on_an_answer_without_a_body_fails() {
    assertThatThrownBy(() ->
            CONTRACT.check(
                answer(
                    "DELETE",
                    "/api/v1/reporter/session",
                    204,
                    Map.of("Content-Type", "text/plain"),
                    "")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Content-Type");
  }

  @Test
  void a_success_for_a_request_the_document_refuses_fails() {
    var exchange =
        OpenApiContract.Exchange.of(
            "POST",
            URI.create("http://127.0.0.1/api/v1/reporter/session"),
            headers(Map.of("Content-Type", "application/json")),
            "{\"accessCode\": 7}",
            200,
            headers(Map.of("Content-Type", "application/json")),
            "{\"token\":\"t\",\"expiresAt\":\"2026-12-06T10:00:00Z\"}");

    assertThatThrownBy(() -> CONTRACT.check(exchange))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("refuses");
  }

  @Test
  void the_pages_are_not_part_of_the_contract() {
    CONTRACT.check(answer("GET", "/staff/cases", 303, Map.of(), ""));

    assertThat(CONTRACT.checked()).isNotNegative();
  }
}
