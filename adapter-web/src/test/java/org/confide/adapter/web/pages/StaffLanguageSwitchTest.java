package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ResetStaffPasswordUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The language switch of a staff page shown as the answer to one of its forms (issue 24), over
 * plain HTTP: such a page has no address of its own, so the switch is a button of the form the
 * member was typing into ({@code switch-language}). It sends what was typed, and the same page
 * comes back in the language asked for, holding it (never a password), with nothing done: no note
 * added, no case closed, no account created, no setting, page or password changed. A page asked for
 * with GET keeps its links.
 */
class StaffLanguageSwitchTest {

  private final Fixture fixture = new Fixture();
  private final Javalin app =
      WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true))
          .start("127.0.0.1", 0);
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base = "http://127.0.0.1:" + app.port();

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void a_case_note_refused_then_switched_comes_back_in_welsh_holding_it_and_adds_no_note()
      throws Exception {
    var reference = fixture.submit(AReport.anonymous().build()).reference();
    var path = "/staff/cases/" + reference.display();
    // Asked for with GET, the case page has an address of its own: its switch stays a link.
    var asked = Jsoup.parse(get(path, fixture.lead).body());
    assertThat(asked.select("header a.language-switch[hreflang='cy']").attr("href"))
        .isEqualTo(path + "?lang=cy");
    assertThat(asked.select("header button.language-switch")).isEmpty();

    var refused = post(path, path + "/note", fixture.lead, Map.of("note", " "));
    assertThat(refused.statusCode()).isEqualTo(400);
    var refusedPage = Jsoup.parse(refused.body());
    assertThat(refusedPage.select(".error-summary")).isNotEmpty();
    assertSwitchTo(refusedPage, "case-note", "cy", "Cymraeg");

    var switched =
        post(
            path,
            path + "/note",
            fixture.lead,
            Map.of("note", "Rang the hall warden.", "switch-language", "cy"));

    assertThat(switched.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(switched.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("h1").first().text()).isEqualTo("Achos " + reference.display());
    assertThat(page.select("textarea#note").text()).isEqualTo("Rang the hall warden.");
    assertThat(page.select("input[type='hidden'][name='lang']").val()).isEqualTo("cy");
    assertSwitchTo(page, "case-note", "en", "English");
    assertThat(caseFile(reference).notes()).isEmpty();
  }

  @Test
  void a_switch_on_closing_a_case_keeps_the_choice_and_reason_but_never_closes_it()
      throws Exception {
    var reference = fixture.submit(AReport.anonymous().build()).reference();
    var path = "/staff/cases/" + reference.display();

    var switched =
        post(
            path,
            path + "/status",
            fixture.lead,
            Map.of(
                "status",
                "CLOSED",
                "reason",
                "Resolved with the reporter.",
                "switch-language",
                "cy"));

    assertThat(switched.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(switched.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("select#status option[value='CLOSED']").hasAttr("selected")).isTrue();
    assertThat(page.select("input#reason").val()).isEqualTo("Resolved with the reporter.");
    assertSwitchTo(page, "case-status", "en", "English");
    assertThat(caseFile(reference).status()).isNotEqualTo(ReportStatus.CLOSED);
  }

  @Test
  void a_report_being_entered_comes_back_in_welsh_with_its_account_and_key_and_is_not_entered()
      throws Exception {
    var form = Jsoup.parse(get("/staff/reports/new", fixture.adviser).body());
    var key = form.select("input[name='key']").val();
    var fields = new LinkedHashMap<String, String>();
    fields.put("version", form.select("input[name='version']").val());
    fields.put("key", key);
    fields.put("account", "Told me at the front desk about the library.");
    fields.put("switch-language", "cy");

    var switched = post("/staff/reports/new", "/staff/reports/new", fixture.adviser, fields);

    assertThat(switched.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(switched.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("h1").text())
        .isEqualTo("Cofnodi adroddiad ar ran rhywun a ddywedodd wrthych chi");
    assertThat(page.select("textarea[name='account']").text())
        .isEqualTo("Told me at the front desk about the library.");
    // The same key, so that the report, sent later, is still entered once.
    assertThat(page.select("input[name='key']").val()).isEqualTo(key);
    assertThat(page.select(".error-summary")).isEmpty();
    assertSwitchTo(page, "enter-report", "en", "English");
    assertThat(
            fixture
                .confide
                .listCases()
                .list(fixture.lead, ListCasesUseCase.Command.firstPage(ListCasesUseCase.View.ALL))
                .orElseThrow()
                .cases())
        .isEmpty();
  }

  @Test
  void emergency_contacts_being_typed_come_back_in_welsh_and_are_not_saved() throws Exception {
    var path = "/staff/admin/emergency-contacts";
    var asked = Jsoup.parse(get(path, fixture.admin).body());
    assertThat(asked.select("header a.language-switch[hreflang='cy']").attr("href"))
        .isEqualTo(path + "?lang=cy");

    var switched =
        post(
            path,
            path,
            fixture.admin,
            Map.of(
                "name-0", "Campus security",
                "phone-0", "01632 960 000",
                "url-0", "",
                "note-0", "On site day and night",
                "switch-language", "cy"));

    assertThat(switched.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(switched.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("h1").text()).isEqualTo("Cysylltiadau brys");
    assertThat(page.select("input#name-0").val()).isEqualTo("Campus security");
    assertThat(page.select("input#phone-0").val()).isEqualTo("01632 960 000");
    assertThat(page.select("input#note-0").val()).isEqualTo("On site day and night");
    assertSwitchTo(page, "emergency-contacts", "en", "English");
    assertThat(
            fixture
                .confide
                .readSettings()
                .read(fixture.admin)
                .orElseThrow()
                .emergencyContacts()
                .own())
        .isEmpty();
  }

  @Test
  void a_new_account_comes_back_in_welsh_without_its_password_and_is_not_created()
      throws Exception {
    var path = "/staff/admin/staff";
    var password = "a new member's long password";

    var switched =
        post(
            path,
            path,
            fixture.admin,
            Map.of(
                "email", "nia.new@example.ac.uk",
                "displayName", "Nia New",
                "password", password,
                "roles", "ADVISER",
                "switch-language", "cy"));

    assertThat(switched.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(switched.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("h1").first().text()).isEqualTo("Cyfrifon staff");
    assertThat(page.select("input#email").val()).isEqualTo("nia.new@example.ac.uk");
    assertThat(page.select("input#displayName").val()).isEqualTo("Nia New");
    assertThat(page.select("input[name='roles'][value='ADVISER']").hasAttr("checked")).isTrue();
    assertThat(switched.body()).doesNotContain(password);
    assertSwitchTo(page, "add-staff", "en", "English");
    assertThat(fixture.confide.listStaff().list(fixture.admin).orElseThrow())
        .noneMatch(account -> account.email().equals("nia.new@example.ac.uk"));
  }

  @Test
  void a_switch_on_requiring_two_factor_sign_in_shows_the_box_ticked_and_requires_nothing()
      throws Exception {
    var switched =
        post(
            "/staff/admin/staff",
            "/staff/admin/two-factor",
            fixture.admin,
            Map.of("required", "yes", "switch-language", "cy"));

    assertThat(switched.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(switched.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("input#required").hasAttr("checked")).isTrue();
    assertSwitchTo(page, "require-two-factor", "en", "English");
    assertThat(
            fixture
                .confide
                .readSettings()
                .read(fixture.admin)
                .orElseThrow()
                .staffTwoFactorRequired())
        .isFalse();
  }

  @Test
  void the_page_editor_switched_from_an_english_address_comes_back_in_welsh_and_saves_nothing()
      throws Exception {
    // The editor's form posts to its own address, which carries ?lang=en when English was asked
    // for: the switch still chooses Welsh.
    var editor = "/staff/admin/pages/support?in=en&lang=en";
    var action = "/staff/admin/pages/support?lang=en";
    var form = Jsoup.parse(get(editor, fixture.admin).body()).select("form#page-editor");
    assertThat(form.attr("action")).isEqualTo(action);

    var switched =
        post(
            editor,
            action,
            fixture.admin,
            Map.of(
                "in", "en",
                "title", "Support for you",
                "body", "## Talk to us\n\nRing the wellbeing team on 01632 960 123.",
                "switch-language", "cy"));

    assertThat(switched.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(switched.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("h1").text()).startsWith("Golygu:");
    assertThat(page.select("input#title").val()).isEqualTo("Support for you");
    assertThat(page.select("textarea#body").text()).contains("01632 960 123");
    // Still written in English, whatever the page's own language.
    assertThat(page.select("input[name='in']").val()).isEqualTo("en");
    assertThat(page.select("textarea#body").attr("lang")).isEqualTo("en");
    assertSwitchTo(page, "page-editor", "en", "English");
    assertThat(get("/pages/support", null).body()).doesNotContain("01632 960 123");
  }

  @Test
  void own_password_switched_comes_back_in_welsh_writing_back_no_password_and_changing_none()
      throws Exception {
    var wanted = "my brand new long password";

    var switched =
        post(
            "/staff/password",
            "/staff/password",
            fixture.lead,
            Map.of(
                "currentPassword",
                Fixture.PASSWORD,
                "newPassword",
                wanted,
                "switch-language",
                "cy"));

    assertThat(switched.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(switched.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("h1").text()).isEqualTo("Newid eich cyfrinair");
    assertThat(switched.body()).doesNotContain(Fixture.PASSWORD).doesNotContain(wanted);
    assertSwitchTo(page, "own-password", "en", "English");
    // The password is the one it was: signing in with it still works.
    assertThat(fixture.logIn("lead@example.ac.uk")).isNotNull();
  }

  @Test
  void a_form_with_no_switch_still_takes_its_step_and_answers_in_the_language_it_was_sent_in()
      throws Exception {
    var reference = fixture.submit(AReport.anonymous().build()).reference();
    var path = "/staff/cases/" + reference.display();

    var added =
        post(path, path + "/note", fixture.lead, Map.of("note", "Rang back.", "lang", "cy"));

    assertThat(added.statusCode()).isEqualTo(303);
    assertThat(caseFile(reference).notes()).hasSize(1);
  }

  /** One staff form: who sends it, from which page, to where, with what, and its id. */
  private record Sent(
      String name,
      SessionToken who,
      String page,
      String action,
      Map<String, String> fields,
      String form) {}

  @Test
  void every_staff_form_switched_comes_back_in_welsh_with_its_own_button_and_records_nothing()
      throws Exception {
    var reference = fixture.submit(AReport.anonymous().build()).reference();
    var escalated = fixture.submit(AReport.anonymous().build()).reference();
    var escalation =
        fixture
            .confide
            .escalateCase()
            .escalate(
                fixture.lead, new EscalateCaseUseCase.Command(escalated, "They are in danger."))
            .orElseThrow();
    var adviser =
        fixture.confide.listStaff().list(fixture.admin).orElseThrow().stream()
            .filter(account -> account.email().equals("adviser@example.ac.uk"))
            .findFirst()
            .orElseThrow()
            .id();
    var link =
        fixture
            .confide
            .resetStaffPassword()
            .reset(fixture.admin, new ResetStaffPasswordUseCase.Command(adviser))
            .orElseThrow()
            .token();
    var kase = "/staff/cases/" + reference.display();
    var lead = fixture.lead;
    var admin = fixture.admin;
    var forms =
        List.of(
            new Sent(
                "reply",
                lead,
                kase,
                kase + "/reply",
                Map.of("reply", "We can talk."),
                "case-reply"),
            new Sent(
                "assign",
                lead,
                kase,
                kase + "/assign",
                Map.of("assignee", "adviser@example.ac.uk"),
                "case-assign"),
            new Sent(
                "escalate",
                lead,
                kase,
                kase + "/escalate",
                Map.of("escalate", "A child may be at risk."),
                "case-escalate"),
            new Sent(
                "conflict",
                lead,
                kase,
                kase + "/conflict",
                Map.of("conflict", "I know them."),
                "case-conflict"),
            new Sent(
                "exclude",
                lead,
                kase,
                kase + "/exclude",
                Map.of("exclude-adviser", "adviser@example.ac.uk", "exclude-reason", "A friend."),
                "case-exclude"),
            new Sent(
                "export",
                lead,
                kase,
                kase + "/export",
                Map.of("export-reason", "Asked for by the police.", "format", "pdf"),
                "case-export"),
            new Sent(
                "decision",
                lead,
                "/staff/escalations/" + escalation,
                "/staff/escalations/" + escalation + "/decision",
                Map.of("decision", "ACKNOWLEDGE", "rationale", "Seen and acted on."),
                "escalation-decision"),
            new Sent(
                "emails",
                fixture.otherAdviser,
                "/staff/notifications",
                "/staff/notifications",
                Map.of("new-report", "none", "digestHour", "7"),
                "notifications"),
            new Sent(
                "subject access",
                admin,
                "/staff/subject-access",
                "/staff/subject-access",
                Map.of("email", "someone@example.ac.uk", "reason", "They asked."),
                "subject-access"),
            new Sent(
                "service",
                admin,
                "/staff/admin/service",
                "/staff/admin/service",
                Map.of("organisationName", "University of Example", "retentionDays", "400"),
                "service"),
            new Sent(
                "holiday",
                admin,
                "/staff/admin/calendar",
                "/staff/admin/calendar",
                Map.of(
                    "action",
                    "add-holiday",
                    "holidayDate",
                    "2026-12-25",
                    "holidayName",
                    "Christmas Day"),
                "calendar-add-holiday"),
            new Sent(
                "tags",
                admin,
                "/staff/admin/outcomes",
                "/staff/admin/outcomes",
                Map.of("list", "tags", "entries", "Resolved\nReferred"),
                "tags-form"),
            new Sent(
                "team",
                admin,
                "/staff/admin/teams",
                "/staff/admin/teams",
                Map.of("name", "Halls of residence"),
                "new-team"),
            new Sent(
                "routing",
                admin,
                "/staff/admin/routing",
                "/staff/admin/routing",
                Map.of("defaultTeam", ""),
                "routing"),
            new Sent(
                "account",
                admin,
                "/staff/admin/staff/" + adviser,
                "/staff/admin/staff/" + adviser,
                Map.of("displayName", "Alex A. Adviser", "roles", "ADVISER"),
                "staff-account"),
            new Sent(
                "question",
                admin,
                "/staff/admin/questionnaire/questions/0",
                "/staff/admin/questionnaire/questions/0",
                Map.of("text", "What happened to you?", "action", "save"),
                "question"),
            new Sent(
                "publish",
                admin,
                "/staff/admin/questionnaire",
                "/staff/admin/questionnaire/publish",
                Map.of(),
                "publish-draft"),
            new Sent(
                "set password",
                admin,
                "/staff/set-password?token=" + link,
                "/staff/set-password",
                Map.of("token", link, "newPassword", "a password set by the link"),
                "set-password"));
    for (var sent : forms) {
      var before = recorded();
      var fields = new LinkedHashMap<>(sent.fields());
      fields.put("switch-language", "cy");

      var reply = post(sent.page(), sent.action(), sent.who(), fields);

      assertThat(reply.statusCode()).as(sent.name()).isEqualTo(200);
      var page = Jsoup.parse(reply.body());
      assertThat(page.select("html").attr("lang")).as(sent.name()).isEqualTo("cy");
      assertThat(page.select(".error-summary")).as(sent.name()).isEmpty();
      assertSwitchTo(page, sent.form(), "en", "English");
      for (var typed : sent.fields().entrySet()) {
        if (typed.getKey().contains("assword") || typed.getKey().equals("format")) {
          continue;
        }
        assertThat(page.select("form#" + sent.form() + " [name='" + typed.getKey() + "']"))
            .as("%s holds %s", sent.name(), typed.getKey())
            .isNotEmpty();
      }
      assertThat(reply.body()).as(sent.name()).doesNotContain("a password set by the link");
      assertThat(recorded()).as("what %s recorded", sent.name()).isEqualTo(before);
    }
    // Nothing was done: the case is as it was, and the new team, holiday and tags are not there.
    assertThat(caseFile(reference).assignee()).isEmpty();
    assertThat(caseFile(reference).escalations()).isEmpty();
    assertThat(get("/staff/admin/teams", admin).body()).doesNotContain("Halls of residence");
    assertThat(get("/staff/admin/calendar", admin).body()).doesNotContain("Christmas Day");
    // The link was not used: it still opens the form.
    assertThat(fixture.confide.setPasswordByLink().check(link).isDone()).isTrue();
  }

  /** How many events the audit trail holds, reading a page (which is recorded) aside. */
  private long recorded() {
    return fixture
        .ports
        .auditTrail()
        .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(), 10_000)
        .stream()
        .filter(event -> event.action() != AuditAction.REPORT_VIEWED)
        .filter(event -> !event.action().name().endsWith("_READ"))
        .count();
  }

  private ViewCaseUseCase.CaseFile caseFile(ReportReference reference) {
    return fixture
        .confide
        .viewCase()
        .view(fixture.lead, new ViewCaseUseCase.Command(reference))
        .orElseThrow();
  }

  /** The page's switch: a button of {@code form}, named in {@code tag}'s own language. */
  private static void assertSwitchTo(Document page, String form, String tag, String name) {
    var button = page.select("header button.language-switch");
    assertThat(button).hasSize(1);
    assertThat(button.attr("form")).isEqualTo(form);
    assertThat(button.attr("name")).isEqualTo("switch-language");
    assertThat(button.attr("value")).isEqualTo(tag);
    assertThat(button.attr("lang")).isEqualTo(tag);
    assertThat(button.text()).isEqualTo(name);
    assertThat(page.select("form#" + form)).hasSize(1);
    assertThat(page.select("header a.language-switch")).isEmpty();
    // Enter in a box sends the form as its own button does, never as the switch.
    assertThat(page.select("body > button[hidden][form='" + form + "']:not([name])")).hasSize(1);
  }

  private HttpResponse<String> get(String path, SessionToken who) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (who != null) {
      request.header("Cookie", Pages.STAFF_COOKIE + "=" + who.value());
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * {@code fields} posted to {@code action} by {@code who}, with the form token of the page at
   * {@code page}, as the browser holding that page sends them.
   */
  private HttpResponse<String> post(
      String page, String action, SessionToken who, Map<String, String> fields) throws Exception {
    var form = new LinkedHashMap<String, String>();
    form.put("csrf", PageClient.formToken(get(page, who).body()));
    form.putAll(fields);
    var body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base)
            .header("Cookie", Pages.STAFF_COOKIE + "=" + who.value())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
