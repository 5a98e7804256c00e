package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The emergency contacts and the service's own settings, over HTTP. */
class OrganisationSettingsApiTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private static Map<String, Object> contact(String name, String phone, String url, String note) {
    var contact = new HashMap<String, Object>();
    contact.put("name", name);
    contact.put("phone", phone);
    contact.put("url", url);
    contact.put("note", note);
    return contact;
  }

  private static Map<String, Object> service(
      String name, Object retentionDays, List<String> days, String from, String to, Object ahead) {
    var body = new HashMap<String, Object>();
    body.put("organisationName", name);
    body.put("closedCaseRetentionDays", retentionDays);
    body.put("monitoring", Map.of("days", days, "from", from, "to", to));
    body.put("closureNoticeDaysAhead", ahead);
    return body;
  }

  @Nested
  class EmergencyContacts {

    @Test
    void a_fresh_server_shows_the_national_contacts_and_no_placeholder() {
      var status = api.get("/api/v1/service-status", null);

      assertThat(status.status()).isEqualTo(200);
      assertThat(status.json().get("emergencyContacts").findValuesAsText("phone"))
          .containsExactly("999", "111", "116 123");
      assertThat(status.body()).doesNotContainIgnoringCase("not yet set");
      var admin = api.logIn("admin@example.ac.uk");
      assertThat(api.get("/api/v1/admin/emergency-contacts", admin).json().get("contacts"))
          .isEmpty();
    }

    @Test
    void contacts_an_administrator_sets_are_read_back_and_in_force() {
      var admin = api.logIn("admin@example.ac.uk");
      var body =
          Map.of(
              "contacts",
              List.of(
                  contact(
                      "Campus security",
                      "01632 960 000",
                      "https://example.ac.uk/security",
                      "Day and night"),
                  contact("Nightline", null, "https://nightline.example/", null)));

      var put = api.put("/api/v1/admin/emergency-contacts", admin, body);

      assertThat(put.status()).as(put.toString()).isEqualTo(204);
      var read = api.get("/api/v1/admin/emergency-contacts", admin).json().get("contacts");
      assertThat(read.findValuesAsText("name")).containsExactly("Campus security", "Nightline");
      assertThat(read.get(1).get("phone").isNull()).isTrue();
      var status = api.get("/api/v1/service-status", null).json();
      assertThat(status.get("emergencyContacts").findValuesAsText("name"))
          .containsExactly("Campus security", "Nightline");
    }

    @Test
    void every_problem_is_named_by_its_path_and_nothing_changes() {
      var admin = api.logIn("admin@example.ac.uk");
      var body =
          Map.of(
              "contacts",
              List.of(
                  contact("Campus security", "01632 960 000", null, null),
                  contact("", null, null, null),
                  contact("Helpline", "call us", "javascript:alert(1)", null)));

      var reply = api.put("/api/v1/admin/emergency-contacts", admin, body);

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.fields())
          .containsExactly(
              "contacts[1].name", "contacts[1].phone", "contacts[2].phone", "contacts[2].url");
      assertThat(api.get("/api/v1/admin/emergency-contacts", admin).json().get("contacts"))
          .isEmpty();
    }

    @Test
    void eleven_contacts_are_refused_naming_the_list() {
      var admin = api.logIn("admin@example.ac.uk");
      var eleven =
          java.util.Collections.nCopies(11, contact("Security", "01632 960 000", null, null));

      var reply = api.put("/api/v1/admin/emergency-contacts", admin, Map.of("contacts", eleven));

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.fields()).containsExactly("contacts");
    }

    @Test
    void only_an_administrator_changes_them() {
      var adviser =
          api.fixture.staff("adv@example.ac.uk", "Adv", org.confide.domain.staff.Role.ADVISER);
      var reply =
          api.put(
              "/api/v1/admin/emergency-contacts", adviser.value(), Map.of("contacts", List.of()));

      assertThat(reply.status()).isEqualTo(403);
    }
  }

  @Nested
  class Service {

    @Test
    void a_fresh_server_has_the_documented_defaults() {
      var admin = api.logIn("admin@example.ac.uk");

      var read = api.get("/api/v1/admin/service", admin).json();

      assertThat(read.get("organisationName").isNull()).isTrue();
      assertThat(read.get("closedCaseRetentionDays").asInt()).isEqualTo(2192);
      assertThat(read.get("closureNoticeDaysAhead").asInt()).isEqualTo(14);
      assertThat(read.get("monitoring").get("from").asText()).isEqualTo("09:00");
      assertThat(read.get("monitoring").get("to").asText()).isEqualTo("17:00");
      assertThat(read.get("monitoring").get("days").size()).isEqualTo(5);
      var status = api.get("/api/v1/service-status", null).json();
      assertThat(status.get("monitoring").get("inWords").asText())
          .isEqualTo("Monday to Friday, 9am to 5pm");
    }

    @Test
    void a_change_is_read_back_and_reaches_the_status() {
      var admin = api.logIn("admin@example.ac.uk");

      var put =
          api.put(
              "/api/v1/admin/service",
              admin,
              service("University of Example", 3650, List.of("TUESDAY"), "08:30", "00:00", 7));

      assertThat(put.status()).as(put.toString()).isEqualTo(204);
      var read = api.get("/api/v1/admin/service", admin).json();
      assertThat(read.get("organisationName").asText()).isEqualTo("University of Example");
      assertThat(read.get("closedCaseRetentionDays").asInt()).isEqualTo(3650);
      var status = api.get("/api/v1/service-status", null).json();
      assertThat(status.get("organisationName").asText()).isEqualTo("University of Example");
      assertThat(status.get("monitoring").get("inWords").asText())
          .isEqualTo("Tuesday, 8:30am to midnight");
      // Monday morning: not a day messages are read now.
      assertThat(status.get("monitored").asBoolean()).isFalse();
    }

    @Test
    void every_problem_is_named_by_its_field() {
      var admin = api.logIn("admin@example.ac.uk");

      var shape =
          api.put(
              "/api/v1/admin/service",
              admin,
              service(null, 2192, List.of("MONDAY", "FUNDAY"), "9am", "17:00", 14));
      var meaning =
          api.put(
              "/api/v1/admin/service",
              admin,
              service("A name", 10, List.of(), "17:00", "09:00", 500));

      assertThat(shape.status()).isEqualTo(400);
      assertThat(shape.fields()).containsExactly("monitoring.days[1]", "monitoring.from");
      assertThat(meaning.status()).isEqualTo(400);
      assertThat(meaning.fields())
          .containsExactly(
              "closedCaseRetentionDays",
              "closureNoticeDaysAhead",
              "monitoring.days",
              "monitoring.to");
    }
  }

  /**
   * The organisation's own words in each language offered: its name, its contacts' names and notes.
   */
  @Nested
  class InEachLanguage {

    private static Map<String, Object> welshAndEnglish(String english, String welsh) {
      var texts = new java.util.LinkedHashMap<String, Object>();
      texts.put("en", english);
      texts.put("cy", welsh);
      return texts;
    }

    @Test
    void
        a_name_and_a_contact_given_per_language_are_read_back_in_that_form_and_plain_stays_plain() {
      var admin = api.logIn("admin@example.ac.uk");
      var nightline = new HashMap<String, Object>();
      nightline.put("name", Map.of("en", "Nightline"));
      nightline.put("url", "https://nightline.example/");
      nightline.put("note", welshAndEnglish("Students listening", "Myfyrwyr yn gwrando"));
      var body =
          Map.of(
              "contacts",
              List.of(
                  nightline, contact("Campus security", "01632 960 000", null, "Day and night")));

      assertThat(api.put("/api/v1/admin/emergency-contacts", admin, body).status()).isEqualTo(204);
      var named = service(null, 2192, List.of("MONDAY"), "09:00", "17:00", 14);
      named.put(
          "organisationName", welshAndEnglish("University of Example", "Prifysgol Enghraifft"));
      assertThat(api.put("/api/v1/admin/service", admin, named).status()).isEqualTo(204);

      var contacts = api.get("/api/v1/admin/emergency-contacts", admin).json().get("contacts");
      assertThat(contacts.get(0).get("name").get("en").asText()).isEqualTo("Nightline");
      assertThat(contacts.get(0).get("note").get("cy").asText()).isEqualTo("Myfyrwyr yn gwrando");
      assertThat(contacts.get(1).get("name").isTextual()).isTrue();
      assertThat(contacts.get(1).get("name").asText()).isEqualTo("Campus security");
      var name = api.get("/api/v1/admin/service", admin).json().get("organisationName");
      assertThat(name.get("cy").asText()).isEqualTo("Prifysgol Enghraifft");
      assertThat(name.get("en").asText()).isEqualTo("University of Example");
    }

    @Test
    void the_service_status_answers_in_the_language_asked_for_and_falls_back_to_the_first() {
      var admin = api.logIn("admin@example.ac.uk");
      var named = service(null, 2192, List.of("MONDAY"), "09:00", "17:00", 14);
      named.put(
          "organisationName", welshAndEnglish("University of Example", "Prifysgol Enghraifft"));
      api.put("/api/v1/admin/service", admin, named);
      var nightline = new HashMap<String, Object>();
      nightline.put("name", welshAndEnglish("Nightline", "Llinell Nos"));
      nightline.put("url", "https://nightline.example/");
      nightline.put("note", Map.of("en", "Students listening"));
      api.put("/api/v1/admin/emergency-contacts", admin, Map.of("contacts", List.of(nightline)));

      var welsh = api.get("/api/v1/service-status?lang=cy", null);
      var asked =
          api.call("/api/v1/service-status").header("Accept-Language", "cy").send("GET", null);
      var english = api.get("/api/v1/service-status", null);

      assertThat(welsh.header("Content-Language")).isEqualTo("cy");
      assertThat(welsh.json().get("organisationName").asText()).isEqualTo("Prifysgol Enghraifft");
      assertThat(welsh.json().get("emergencyContacts").get(0).get("name").asText())
          .isEqualTo("Llinell Nos");
      // Written in English alone, the note is that text in Welsh too.
      assertThat(welsh.json().get("emergencyContacts").get(0).get("note").asText())
          .isEqualTo("Students listening");
      assertThat(asked.json().get("organisationName").asText()).isEqualTo("Prifysgol Enghraifft");
      assertThat(english.header("Content-Language")).isEqualTo("en");
      assertThat(english.json().get("organisationName").asText())
          .isEqualTo("University of Example");
    }

    @Test
    void a_language_not_offered_is_refused_naming_the_field_and_its_language() {
      var admin = api.logIn("admin@example.ac.uk");
      var contact = new HashMap<String, Object>();
      contact.put("name", Map.of("en", "Nightline", "fr", "Ligne de nuit"));
      contact.put("phone", "01632 960 000");
      contact.put("note", List.of("not", "a", "text"));
      var named = service(null, 2192, List.of("MONDAY"), "09:00", "17:00", 14);
      named.put("organisationName", Map.of("english", "University of Example"));

      var contacts =
          api.put("/api/v1/admin/emergency-contacts", admin, Map.of("contacts", List.of(contact)));
      var service = api.put("/api/v1/admin/service", admin, named);
      var welsh = api.call("/api/v1/admin/service?lang=cy").bearer(admin).send("PUT", named);

      assertThat(contacts.status()).isEqualTo(400);
      assertThat(contacts.fields()).containsExactly("contacts[0].name.fr", "contacts[0].note");
      assertThat(contacts.body()).contains("Is not a language offered; one of en, cy");
      assertThat(service.status()).isEqualTo(400);
      assertThat(service.fields()).containsExactly("organisationName.english");
      assertThat(welsh.body()).contains("Dydy hwn ddim yn iaith sy'n cael ei chynnig; un o en, cy");
      assertThat(api.get("/api/v1/admin/emergency-contacts", admin).json().get("contacts"))
          .isEmpty();
    }

    @Test
    void a_text_too_long_in_one_language_is_named_by_that_language() {
      var admin = api.logIn("admin@example.ac.uk");
      var named = service(null, 2192, List.of("MONDAY"), "09:00", "17:00", 14);
      named.put("organisationName", welshAndEnglish("University of Example", "P".repeat(101)));

      var reply = api.put("/api/v1/admin/service", admin, named);

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.fields()).containsExactly("organisationName.cy");
    }
  }
}
