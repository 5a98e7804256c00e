package org.confide.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The journeys of a reporter and of the case team, through the API and the pages, with a canary in
 * every secret and every piece of personal text, and markup in every free-text field. Then: the
 * markup shows as text on every page that shows it again; and neither the captured log lines nor
 * any column of any table of the database holds a code, a token, a password, a contact detail,
 * report text or a network address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AfterAFullRun extends AgainstTheServer {

  /** Markup that would run, were it not escaped; each field gets it with its own name. */
  private static String markup(String where) {
    return "<script>alert('" + where + "')</script><img src=x onerror=alert(1)>${7*7}{{7*7}}";
  }

  private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(";

  /** Every secret and personal text the run used: none may be logged or stored in the clear. */
  private final List<String> secrets = new ArrayList<>();

  /** The pages a reporter or the case team would see, fetched after the run. */
  private final Map<String, Client.Reply> pages = new LinkedHashMap<>();

  @BeforeAll
  void run() {
    secrets.add(RunningConfide.PASSWORD);
    for (var token : List.of(world.admin, world.adviserA, world.adviserB, world.lead)) {
      secrets.add(token);
    }
    journeys();
  }

  private void journeys() {
    // A reporter tells us through the API, anonymously, with messaging, and markup everywhere.
    var submitted =
        World.ok(
            client
                .post("/api/v1/reports")
                .json(
                    """
                    {"questionnaireVersion": 1,
                     "answers": {%s, "named-person": %s, "location-detail": %s},
                     "account": %s, "anonymous": true, "messaging": true}
                    """
                        .formatted(
                            World.CALM_ANSWERS,
                            Client.quote("Canary Named-Person " + markup("named")),
                            Client.quote("Canary Room 101 " + markup("place")),
                            Client.quote("canary-account-text " + markup("account"))))
                .send(),
            201);
    var code = submitted.json().get("accessCode").asText();
    var reference = submitted.json().get("reference").asText();
    secrets.addAll(
        List.of(
            code,
            code.replace("-", ""),
            code.toLowerCase(),
            "canary-account-text",
            "Canary Named-Person",
            "Canary Room 101"));
    var reporter = world.openSession(code);
    secrets.add(reporter);
    World.ok(
        client
            .post("/api/v1/reporter/messages")
            .bearer(reporter)
            .json(
                "{\"body\": " + Client.quote("canary-reporter-message " + markup("message")) + "}")
            .send(),
        201);
    secrets.add("canary-reporter-message");

    // Through the pages, signing in with the code and writing; then sharing contact details.
    var signedIn =
        World.present(client.post("/sign-in"), Optional.empty())
            .formWithToken(Map.of("code", code.toLowerCase()))
            .send();
    var pageSession = signedIn.cookies().get(Cookies.REPORTER);
    var pageVisit = signedIn.cookies().get(Cookies.FORM);
    var sending =
        client
            .post("/my-report/messages")
            .cookie(Cookies.REPORTER, pageSession)
            .cookie(Cookies.FORM, pageVisit);
    secrets.addAll(List.of(pageSession, pageVisit, sending.formToken()));
    var sent =
        sending.formWithToken(Map.of("body", "canary-page-message " + markup("page"))).send();
    assertThat(sent.status()).isEqualTo(303);
    secrets.add("canary-page-message");

    // The case team: the adviser takes the case, replies, notes, escalates; a lead refers.
    var adviserPage =
        StaffLogin.logIn(
            client, StaffLogin.Via.PAGE, World.ADVISER_A, RunningConfide.PASSWORD, Map.of());
    var adviser = adviserPage.cookies();
    secrets.add(adviser.get(Cookies.STAFF));
    var casePath = "/staff/cases/" + reference;
    for (var action :
        List.of(
            Map.of("path", "/assign", "take", "me"),
            Map.of("path", "/reply", "reply", "canary-staff-reply " + markup("reply")),
            Map.of("path", "/note", "note", "canary-internal-note " + markup("note")),
            Map.of("path", "/escalate", "escalate", "canary-escalation-reason " + markup("why")))) {
      var fields = new LinkedHashMap<>(action);
      var path = fields.remove("path");
      var done = client.post(casePath + path).cookies(adviser).formWithToken(fields).send();
      assertThat(done.status()).as(path + ": " + done).isEqualTo(303);
    }
    secrets.addAll(
        List.of("canary-staff-reply", "canary-internal-note", "canary-escalation-reason"));
    var open = World.ok(client.get("/api/v1/staff/escalations").bearer(world.lead).send(), 200);
    String escalation = null;
    for (var row : open.json().get("escalations")) {
      if (row.get("reference").asText().equals(reference)) {
        escalation = row.get("id").asText();
      }
    }
    World.ok(
        client
            .post("/api/v1/staff/escalations/" + escalation + "/decision")
            .bearer(world.lead)
            .json(
                """
                {"decision": "ACKNOWLEDGE", "rationale": %s}
                """
                    .formatted(Client.quote("canary-rationale " + markup("rationale"))))
            .send(),
        204);
    secrets.add("canary-rationale");

    // The reporter shares contact details; the report becomes named.
    World.ok(
        client
            .post("/api/v1/reporter/contact")
            .bearer(reporter)
            .json(
                """
                {"name": %s, "email": "canary.reporter@example.ac.uk", "phone": "07700 900123"}
                """
                    .formatted(Client.quote("Canary Reporter-Name " + markup("name"))))
            .send(),
        204);
    secrets.addAll(
        List.of("Canary Reporter-Name", "canary.reporter@example.ac.uk", "07700 900123"));

    // An administrator adds a colleague with a display name in markup and a password of theirs
    // (a staff member's email and name are kept in the clear: they are no one's report), and a
    // closure whose notice every reporter sees.
    var newPassword = "canary-new-staff-password";
    World.ok(
        client
            .post("/api/v1/admin/staff")
            .bearer(world.admin)
            .json(
                """
                {"email": "newcomer@example.ac.uk", "displayName": %s, "roles": ["ADVISER"],
                 "password": %s}
                """
                    .formatted(
                        Client.quote("New Colleague " + markup("staff")),
                        Client.quote(newPassword)))
            .send(),
        201);
    secrets.add(newPassword);
    secrets.add(StaffLogin.token(client, "newcomer@example.ac.uk", newPassword));
    var calendar =
        World.ok(client.get("/api/v1/admin/calendar").bearer(world.admin).send(), 200).text();
    World.ok(
        client
            .call("PUT", "/api/v1/admin/calendar")
            .bearer(world.admin)
            .json(
                calendar.replace(
                    "\"closures\":[]",
                    "\"closures\":[{\"firstDay\":\"2026-11-01\",\"lastDay\":\"2026-11-30\","
                        + "\"notice\":"
                        + Client.quote("Closed " + markup("notice"))
                        + "}]"))
            .send(),
        204);
    // Wrong tries too: a wrong code and a wrong password are not logged either.
    client
        .post("/api/v1/reporter/session")
        .json("{\"accessCode\": \"CANA-RYWR-0NGC-0DE0\"}")
        .send();
    StaffLogin.logIn(client, StaffLogin.Via.API, World.LEAD, "canary-wrong-password", Map.of());
    secrets.addAll(List.of("CANA-RYWR-0NGC-0DE0", "canary-wrong-password"));

    // The pages that show all of it again.
    var lead =
        StaffLogin.logIn(client, StaffLogin.Via.PAGE, World.LEAD, RunningConfide.PASSWORD, Map.of())
            .cookies();
    var admin =
        StaffLogin.logIn(
                client,
                StaffLogin.Via.PAGE,
                RunningConfide.ADMIN,
                RunningConfide.PASSWORD,
                Map.of())
            .cookies();
    pages.put("the staff case page", client.get(casePath).cookies(adviser).send());
    pages.put("the lead's case page", client.get(casePath).cookies(lead).send());
    pages.put(
        "the escalation page", client.get("/staff/escalations/" + escalation).cookies(lead).send());
    pages.put("the escalations", client.get("/staff/escalations").cookies(lead).send());
    pages.put("the case list", client.get("/staff/cases?view=mine").cookies(adviser).send());
    pages.put(
        "the reporter's copy",
        client
            .get("/my-report")
            .cookie(Cookies.REPORTER, pageSession)
            .cookie(Cookies.FORM, pageVisit)
            .send());
    pages.put("the first page", client.get("/").send());
    pages.put("the staff accounts", client.get("/staff/admin/staff").cookies(admin).send());
    pages.put("the calendar", client.get("/staff/admin/calendar").cookies(admin).send());
    var alerts = World.ok(client.get("/api/v1/staff/alerts").bearer(world.lead).send(), 200);
    pages.put(
        "an alert's reports",
        client
            .get("/staff/alerts/" + alerts.json().get("alerts").get(0).get("id").asText())
            .cookies(lead)
            .send());
  }

  @Test
  @Order(1)
  void stored_markup_shows_as_text_on_every_page_that_shows_it_again() {
    var soft = new SoftAssertions();
    var expected =
        Map.of(
            "the staff case page",
            List.of("account", "message", "page", "reply", "note", "why", "rationale", "name"),
            "the reporter's copy",
            List.of("account", "message", "page", "reply"),
            "the first page",
            List.of("notice"),
            "the staff accounts",
            List.of("staff"),
            "the calendar",
            List.of("notice"),
            "an alert's reports",
            List.of());
    for (var page : pages.entrySet()) {
      var html = page.getValue().text();
      soft.assertThat(page.getValue().status()).as(page.getKey()).isEqualTo(200);
      soft.assertThat(html)
          .as(page.getKey())
          .doesNotContain("<script>alert(")
          .doesNotContain("<img src=x")
          .doesNotContain(">49<");
      for (var where : expected.getOrDefault(page.getKey(), List.of())) {
        soft.assertThat(html)
            .as("%s shows the %s markup as text", page.getKey(), where)
            .containsAnyOf(
                ESCAPED_SCRIPT + "'" + where + "')&lt;/script&gt;&lt;img src=x",
                ESCAPED_SCRIPT + "&#39;" + where + "&#39;)&lt;/script&gt;&lt;img src=x");
        // A closure's notice is Markdown on the first page, where "*7}{{7*" is emphasis: what
        // matters there is that no template evaluated it (no 49 above), not the asterisks.
        if (!page.getKey().equals("the first page")) {
          soft.assertThat(html).as(page.getKey()).contains("${7*7}{{7*7}}");
        }
      }
    }
    // The internal note is for staff only.
    soft.assertThat(pages.get("the reporter's copy").text()).doesNotContain("canary-internal-note");
    soft.assertAll();
  }

  @Test
  @Order(2)
  void no_page_loads_anything_from_another_origin() {
    var soft = new SoftAssertions();
    for (var page : pages.entrySet()) {
      for (var reference : Origins.loadedFrom(page.getValue().text())) {
        soft.assertThat(Origins.sameOrigin(reference))
            .as("%s loads %s", page.getKey(), reference)
            .isTrue();
      }
      Headers.check(soft, page.getKey(), page.getValue());
    }
    soft.assertAll();
  }

  @Test
  @Order(3)
  void no_log_line_holds_a_secret_personal_text_or_an_address() {
    var logged = confide.logged();
    assertThat(logged).as("the run was logged").isNotEmpty();
    var soft = new SoftAssertions();
    for (var secret : secrets) {
      soft.assertThat(logged).as("the log").doesNotContain(secret);
    }
    soft.assertThat(logged.toLowerCase()).doesNotContain("canary");
    for (var address : Origins.LOOPBACK) {
      soft.assertThat(logged).as("the log").doesNotContain(address);
    }
    soft.assertThat(logged).doesNotContain("Java-http-client");
    soft.assertAll();
  }

  @Test
  @Order(4)
  void no_column_of_any_table_holds_a_secret_personal_text_or_an_address() {
    var tables = confide.tables();
    var dump =
        String.join(
            "\n", tables.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    assertThat(tables.get("reports")).as("reports were stored").hasSizeGreaterThan(5);
    var soft = new SoftAssertions();
    for (var secret : secrets) {
      soft.assertThat(dump).as("the database").doesNotContain(secret);
    }
    soft.assertThat(dump.toLowerCase()).as("the database").doesNotContain("canary");
    for (var address : Origins.LOOPBACK) {
      soft.assertThat(dump).as("the database").doesNotContain(address);
    }
    soft.assertAll();
  }

  @Test
  @Order(5)
  void every_audit_event_of_the_run_names_staff_by_account_and_cases_by_reference_only() {
    var read =
        World.ok(client.get("/api/v1/admin/audit?limit=1000").bearer(world.admin).send(), 200);
    var csv =
        World.ok(client.get("/api/v1/admin/audit.csv?limit=1000").bearer(world.admin).send(), 200);
    var kinds = new java.util.TreeSet<String>();
    var soft = new SoftAssertions();
    for (var event : read.json().get("events")) {
      var action = event.get("action").asText();
      kinds.add(action);
      var actor = event.get("actor").asText();
      soft.assertThat(actor).as(action).isIn("STAFF", "REPORTER", "SYSTEM");
      if (actor.equals("STAFF")) {
        soft.assertThat(event.get("staffId").asText())
            .as(action)
            .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      }
      if (!event.get("reference").isNull()) {
        soft.assertThat(event.get("reference").asText()).as(action).matches("[0-9A-Z]{10}");
      }
    }
    // Every kind this run raises, so that a kind that begins to carry content is caught here.
    soft.assertThat(kinds)
        .contains(
            "REPORT_VIEWED",
            "MESSAGE_SENT",
            "NOTE_ADDED",
            "ASSIGNED",
            "ESCALATION_RAISED",
            "ESCALATION_ACKNOWLEDGED",
            "ANONYMITY_CHANGED",
            "STAFF_CREATED",
            "STAFF_LOGGED_IN",
            "STAFF_LOGIN_FAILED",
            "CALENDAR_CHANGED",
            "ALERT_OPENED");
    for (var text : List.of(read.text(), csv.text())) {
      for (var secret : secrets) {
        soft.assertThat(text).as("the audit trail").doesNotContain(secret);
      }
      soft.assertThat(text.toLowerCase()).as("the audit trail").doesNotContain("canary");
      for (var address : Origins.LOOPBACK) {
        soft.assertThat(text).as("the audit trail").doesNotContain(address);
      }
    }
    soft.assertAll();
  }
}
