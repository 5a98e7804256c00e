package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Internal notes through the API, under the pages' rules: staff who may work a case add and read
 * them, anyone else is refused as on the case itself, and the reporter never sees one.
 */
class NotesApiTest {

  private static final String NOTE = "Spoke to the department; the reporter prefers email.";

  private final Api api = new Api();
  private final String reference;
  private final String reporter;

  NotesApiTest() {
    var receipt = api.post("/api/v1/reports", null, Api.anonymousReport("What happened."));
    reference = receipt.json().get("reference").asText();
    var code = receipt.json().get("accessCode").asText();
    reporter =
        api.post("/api/v1/reporter/session", null, Map.of("accessCode", code))
            .json()
            .get("token")
            .asText();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private String notes() {
    return "/api/v1/staff/cases/" + reference + "/notes";
  }

  @Test
  void an_adviser_adds_a_note_and_reads_it_back_with_its_author() {
    var adviser = api.logIn("adviser@example.ac.uk");

    var added = api.post(notes(), adviser, Map.of("body", NOTE));
    var read = api.get(notes(), adviser);

    assertThat(added.status()).as(added.toString()).isEqualTo(204);
    assertThat(added.header("Content-Type")).isNull();
    assertThat(read.status()).isEqualTo(200);
    var note = read.json().get("notes").get(0);
    assertThat(note.get("body").asText()).isEqualTo(NOTE);
    assertThat(note.get("author").asText()).isEqualTo("Alex Adviser");
    assertThat(note.get("writtenAt").asText()).isNotBlank();
    assertThat(
            api.get("/api/v1/staff/cases/" + reference, adviser)
                .json()
                .get("notes")
                .get(0)
                .get("body")
                .asText())
        .isEqualTo(NOTE);
  }

  @Test
  void the_reporter_never_sees_a_note() {
    api.post(notes(), api.logIn("adviser@example.ac.uk"), Map.of("body", NOTE));

    assertThat(api.get("/api/v1/reporter/report", reporter).body()).doesNotContain("department");
    assertThat(api.get("/api/v1/reporter/messages", reporter).body()).doesNotContain("department");
    assertThat(api.get(notes(), reporter).status()).isEqualTo(401);
    assertThat(api.post(notes(), reporter, Map.of("body", "x")).status()).isEqualTo(401);
  }

  @Test
  void someone_who_may_not_work_the_case_is_refused_as_on_the_case_itself() {
    var adviser = api.logIn("adviser@example.ac.uk");
    api.post(
        "/api/v1/staff/cases/" + reference + "/assignment",
        adviser,
        Map.of("assignee", "adviser@example.ac.uk"));
    var other = api.logIn("other@example.ac.uk");
    var analyst = api.logIn("analyst@example.ac.uk");

    assertThat(api.get(notes(), other).status()).isEqualTo(404);
    assertThat(api.post(notes(), other, Map.of("body", NOTE)).status()).isEqualTo(404);
    assertThat(api.get(notes(), other).body())
        .isEqualTo(api.get("/api/v1/staff/cases/ABCDE-FGHJK/notes", other).body());
    assertThat(api.get(notes(), analyst).status()).isEqualTo(403);
    assertThat(api.post(notes(), analyst, "not json").status()).isEqualTo(403);
    assertThat(api.get(notes(), null).status()).isEqualTo(401);
    assertThat(api.get(notes(), adviser).json().get("notes")).isEmpty();
  }

  @Test
  void an_empty_or_missing_body_is_refused_naming_it() {
    var adviser = api.logIn("adviser@example.ac.uk");

    var blank = api.post(notes(), adviser, Map.of("body", "   "));
    var missing = api.post(notes(), adviser, Map.of());

    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.fields()).containsExactly("body");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.fields()).containsExactly("body");
  }
}
