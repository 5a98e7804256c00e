package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shape of every request body is checked at the HTTP edge by Jakarta Validation on the request
 * records: over real HTTP, each constrained field sent as null (and each nested entry) is answered
 * 400 naming exactly that field, with the same problem+json as every other bad field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestShapeTest {

  private Api api;
  private String reporter;
  private String adviser;
  private String lead;
  private String admin;
  private String reference;
  private String escalation;

  @BeforeAll
  void startWithACaseAndAnEscalation() {
    api = new Api();
    var receipt = api.call("/api/v1/reports").send("POST", Api.anonymousReport("An account."));
    reference = receipt.json().get("reference").asText();
    reporter = api.reporterToken(receipt);
    adviser = api.logIn("adviser@example.ac.uk");
    lead = api.logIn("lead@example.ac.uk");
    admin = api.logIn("admin@example.ac.uk");
    api.post(
        "/api/v1/staff/cases/" + reference + "/assignment",
        adviser,
        Map.of("assignee", "adviser@example.ac.uk"));
    escalation =
        api.post(
                "/api/v1/staff/cases/" + reference + "/escalations",
                adviser,
                Map.of("reason", "A risk to someone"))
            .json()
            .get("id")
            .asText();
  }

  @AfterAll
  void stop() {
    api.close();
  }

  /** A route, who sends to it, a body of the right shape, and its constrained fields. */
  record Shape(
      String method,
      String path,
      Function<RequestShapeTest, String> token,
      Map<String, Object> body,
      List<String> constrained) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static Stream<Arguments> everyConstrainedField() {
    var calendar = new LinkedHashMap<String, Object>();
    calendar.put("workingWeekdays", List.of("MONDAY", "TUESDAY"));
    calendar.put("zone", "Europe/London");
    calendar.put("holidays", List.of(Map.of("date", "2026-12-25", "name", "Christmas Day")));
    calendar.put(
        "closures",
        List.of(Map.of("firstDay", "2026-12-28", "lastDay", "2026-12-31", "notice", "Closed")));
    calendar.put(
        "serviceLevel",
        Map.of("responseTargetWorkingDays", 3, "escalationAcknowledgementWorkingDays", 1));
    var report = Api.anonymousReport("Something happened.");
    report.put("anonymous", false);
    report.put("messaging", false);
    report.put("contact", Map.of("name", "Sam", "email", "sam@example.ac.uk"));
    report.put("support", Map.of("wanted", true));
    var shapes =
        List.of(
            new Shape(
                "POST",
                "/api/v1/reports",
                t -> null,
                report,
                List.of(
                    "questionnaireVersion", "answers", "anonymous", "messaging", "support.wanted")),
            new Shape(
                "POST",
                "/api/v1/reporter/session",
                t -> null,
                Map.of("accessCode", "AAAA-AAAA-AAAA-AAAA"),
                List.of("accessCode")),
            new Shape(
                "POST",
                "/api/v1/reporter/messages",
                t -> t.reporter,
                Map.of("body", "Hello"),
                List.of("body")),
            new Shape(
                "POST",
                "/api/v1/staff/session",
                t -> null,
                Map.of("email", "nobody@example.ac.uk", "password", "not the password"),
                List.of("email", "password")),
            new Shape(
                "POST",
                "/api/v1/staff/two-factor/confirmation",
                t -> t.adviser,
                Map.of("code", "123456"),
                List.of("code")),
            new Shape(
                "POST",
                "/api/v1/staff/cases/{reference}/messages",
                t -> t.adviser,
                Map.of("body", "Hello"),
                List.of("body")),
            new Shape(
                "POST",
                "/api/v1/staff/cases/{reference}/assignment",
                t -> t.adviser,
                Map.of("assignee", "adviser@example.ac.uk"),
                List.of("assignee")),
            new Shape(
                "POST",
                "/api/v1/staff/cases/{reference}/status",
                t -> t.adviser,
                Map.of("status", "OPEN", "reason", "Working on it"),
                List.of("status", "reason")),
            new Shape(
                "POST",
                "/api/v1/staff/cases/{reference}/escalations",
                t -> t.adviser,
                Map.of("reason", "A risk"),
                List.of("reason")),
            new Shape(
                "POST",
                "/api/v1/staff/escalations/{escalation}/decision",
                t -> t.lead,
                Map.of("decision", "ACKNOWLEDGE", "rationale", "Seen"),
                List.of("decision", "rationale")),
            new Shape(
                "POST",
                "/api/v1/admin/staff",
                t -> t.admin,
                Map.of(
                    "email", "new@example.ac.uk",
                    "displayName", "New Person",
                    "roles", List.of("ADVISER"),
                    "password", "a long enough password"),
                List.of("email", "displayName", "roles", "password")),
            new Shape(
                "PUT",
                "/api/v1/admin/calendar",
                t -> t.admin,
                calendar,
                List.of(
                    "workingWeekdays",
                    "zone",
                    "holidays",
                    "holidays[0]",
                    "holidays[0].date",
                    "holidays[0].name",
                    "closures",
                    "closures[0]",
                    "closures[0].firstDay",
                    "closures[0].lastDay",
                    "closures[0].notice",
                    "serviceLevel",
                    "serviceLevel.responseTargetWorkingDays",
                    "serviceLevel.escalationAcknowledgementWorkingDays")),
            new Shape(
                "PUT",
                "/api/v1/admin/analysis",
                t -> t.admin,
                Map.of("suppressionThreshold", 5, "alertThreshold", 3, "alertWindowDays", 90),
                List.of("suppressionThreshold", "alertThreshold", "alertWindowDays")),
            new Shape(
                "PUT",
                "/api/v1/admin/two-factor",
                t -> t.admin,
                Map.of("required", false),
                List.of("required")),
            new Shape(
                "POST",
                "/api/v1/admin/two-factor/reset",
                t -> t.admin,
                Map.of("email", "adviser@example.ac.uk"),
                List.of("email")));
    var arguments = new ArrayList<Arguments>();
    for (var shape : shapes) {
      for (var field : shape.constrained()) {
        arguments.add(Arguments.of(shape, field));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0}: {1} sent as null")
  @MethodSource("everyConstrainedField")
  void a_constrained_field_sent_as_null_is_named(Shape shape, String field) {
    var path = shape.path().replace("{reference}", reference).replace("{escalation}", escalation);

    var reply =
        api.call(path)
            .bearer(shape.token().apply(this))
            .send(shape.method(), withNull(shape.body(), field));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.fields()).as(reply.toString()).containsExactly(field);
    assertThat(reply.json().get("errors").get(0).get("message").asText()).isEqualTo("Is required");
  }

  /**
   * A deep copy of {@code body} with the value at {@code path} ({@code a.b}, {@code a[0]}) null.
   */
  private static Object withNull(Object body, String path) {
    var dot = path.indexOf('.');
    var head = dot < 0 ? path : path.substring(0, dot);
    var rest = dot < 0 ? null : path.substring(dot + 1);
    var map = new LinkedHashMap<String, Object>(asMap(body));
    var bracket = head.indexOf('[');
    if (bracket < 0) {
      map.put(head, rest == null ? null : withNull(map.get(head), rest));
      return map;
    }
    var name = head.substring(0, bracket);
    int index = Integer.parseInt(head.substring(bracket + 1, head.length() - 1));
    var list = new ArrayList<Object>((List<?>) map.get(name));
    list.set(index, rest == null ? null : withNull(list.get(index), rest));
    map.put(name, list);
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
