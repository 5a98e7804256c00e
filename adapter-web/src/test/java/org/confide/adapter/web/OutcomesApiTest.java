package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Outcomes and tags over HTTP: the administrator's lists, closing a case with an outcome and tags,
 * and the case showing them.
 */
class OutcomesApiTest {

  private final Api api = new Api();
  private final String admin = api.logIn("admin@example.ac.uk");
  private final String adviser = api.logIn("adviser@example.ac.uk");
  private final String reference = api.reportAnonymously("What happened.");

  @AfterEach
  void stop() {
    api.close();
  }

  private Api.Reply close(Map<String, Object> body) {
    return api.post("/api/v1/staff/cases/" + reference + "/status", adviser, body);
  }

  private static List<String> fields(Api.Reply reply) {
    var fields = new ArrayList<String>();
    reply.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }

  @Test
  void staff_read_the_default_outcomes_and_an_administrator_replaces_the_tags() {
    var outcomes = api.get("/api/v1/admin/outcomes", adviser);
    assertThat(outcomes.status()).isEqualTo(200);
    assertThat(outcomes.json().get("outcomes")).hasSize(5);
    assertThat(outcomes.json().at("/outcomes/0/key").asText()).isEqualTo("support-provided");
    assertThat(outcomes.json().at("/outcomes/0/label").asText()).isEqualTo("Support provided");
    assertThat(api.get("/api/v1/admin/tags", adviser).json().get("tags")).isEmpty();

    var saved = api.put("/api/v1/admin/tags", admin, Map.of("tags", List.of("Online", "Repeat")));

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().at("/tags/1/key").asText()).isEqualTo("repeat");
    assertThat(api.put("/api/v1/admin/tags", adviser, Map.of("tags", List.of())).status())
        .isEqualTo(403);
  }

  @Test
  void labels_in_each_language_are_answered_in_the_language_asked_for_and_in_the_form_saved() {
    var support = new java.util.LinkedHashMap<String, Object>();
    support.put("en", "Support provided");
    support.put("cy", "Cymorth wedi'i roi");

    var saved =
        api.put("/api/v1/admin/outcomes", admin, Map.of("outcomes", List.of(support, "Mediation")));

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().at("/outcomes/0/key").asText()).isEqualTo("support-provided");
    var welsh = api.get("/api/v1/admin/outcomes?lang=cy", adviser);
    assertThat(welsh.header("Content-Language")).isEqualTo("cy");
    assertThat(welsh.json().at("/outcomes/0/label").asText()).isEqualTo("Cymorth wedi'i roi");
    assertThat(welsh.json().at("/outcomes/0/labels/en").asText()).isEqualTo("Support provided");
    // Written once, plain: the first language's, the same in Welsh, and answered as a string.
    assertThat(welsh.json().at("/outcomes/1/label").asText()).isEqualTo("Mediation");
    assertThat(welsh.json().at("/outcomes/1/labels").isTextual()).isTrue();
    var english = api.get("/api/v1/admin/outcomes", adviser).json();
    assertThat(english.at("/outcomes/0/label").asText()).isEqualTo("Support provided");
  }

  @Test
  void a_label_in_a_language_not_offered_is_refused_naming_its_place_and_language() {
    var reply =
        api.put(
            "/api/v1/admin/tags",
            admin,
            Map.of("tags", List.of("Online", Map.of("en", "Repeat", "fr", "Répété"))));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("tags[1].fr");
    assertThat(api.get("/api/v1/admin/tags", adviser).json().get("tags")).isEmpty();
  }

  @Test
  void a_repeated_label_is_named_by_its_place() {
    var reply =
        api.put("/api/v1/admin/outcomes", admin, Map.of("outcomes", List.of("Done", "DONE")));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("outcomes[1]");
  }

  @Test
  void closing_records_the_outcome_and_tags_and_the_case_shows_them() {
    api.put("/api/v1/admin/tags", admin, Map.of("tags", List.of("Online")));

    var closed =
        close(
            Map.of(
                "status", "CLOSED",
                "reason", "Resolved",
                "outcome", "formal-complaint-made",
                "tags", List.of("online")));

    assertThat(closed.status()).as(closed.toString()).isEqualTo(204);
    var file = api.get("/api/v1/staff/cases/" + reference, adviser).json();
    assertThat(file.get("status").asText()).isEqualTo("CLOSED");
    assertThat(file.at("/outcome/outcome/label").asText()).isEqualTo("Formal complaint made");
    assertThat(file.at("/outcome/tags/0/key").asText()).isEqualTo("online");
  }

  @Test
  void closing_without_an_outcome_or_with_an_unknown_one_is_a_clear_problem() {
    var missing = close(Map.of("status", "CLOSED", "reason", "Resolved"));
    var unknown =
        close(
            Map.of(
                "status",
                "CLOSED",
                "reason",
                "Resolved",
                "outcome",
                "sorted",
                "tags",
                List.of("x")));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fields(missing)).containsExactly("outcome");
    assertThat(missing.body()).contains("Choose how the case ended");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(fields(unknown)).containsExactly("outcome", "tags[0]");
    assertThat(api.get("/api/v1/staff/cases/" + reference, adviser).json().get("status").asText())
        .isEqualTo("NEW");
  }

  @Test
  void a_search_finds_closed_cases_by_outcome_and_names_a_bad_filter() {
    var other = api.reportAnonymously("Another.");
    close(Map.of("status", "CLOSED", "reason", "Resolved", "outcome", "no-further-action"));

    var found =
        api.get("/api/v1/staff/cases?view=all&status=closed&outcome=no-further-action", adviser);
    var every = api.get("/api/v1/staff/cases?view=all", adviser);
    var bad = api.get("/api/v1/staff/cases?view=all&from=yesterday&reference=x", adviser);

    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.json().at("/cases/0/reference").asText()).isEqualTo(reference);
    assertThat(found.json().get("cases")).hasSize(1);
    assertThat(every.json().get("cases")).hasSize(2);
    assertThat(every.body()).contains(other);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).containsExactly("reference", "from");
  }

  @Test
  void a_lead_lifts_an_exclusion_and_the_adviser_opens_the_case_again() {
    var lead = api.logIn("lead@example.ac.uk");
    var exclusions = "/api/v1/staff/cases/" + reference + "/exclusions";
    api.post(exclusions, lead, Map.of("adviser", "adviser@example.ac.uk", "reason", "Cousin"));
    assertThat(api.get("/api/v1/staff/cases/" + reference, adviser).status()).isEqualTo(404);

    var lifted =
        api.post(
            exclusions + "/lifting",
            lead,
            Map.of("adviser", "adviser@example.ac.uk", "reason", "Not related"));
    var again =
        api.post(
            exclusions + "/lifting",
            lead,
            Map.of("adviser", "adviser@example.ac.uk", "reason", "Not related"));

    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(204);
    assertThat(api.get("/api/v1/staff/cases/" + reference, adviser).status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(400);
    assertThat(fields(again)).containsExactly("adviser");
    assertThat(
            api.post(exclusions + "/lifting", adviser, Map.of("adviser", "x", "reason", "y"))
                .status())
        .isEqualTo(403);
  }
}
