package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.confide.application.port.in.ThreadView;
import org.confide.domain.thread.AuthorSide;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case team's whole job in a real browser, JavaScript on: an adviser answering a reporter, a
 * safeguarding lead referring an escalation, an administrator running accounts and the calendar.
 * Every page in every state passes axe-core; whatever a reporter wrote shows as text.
 */
@NeedsChromium
class StaffJourneyTest {

  static PagesServer server;
  static Browser b;

  @BeforeAll
  static void start() {
    server = new PagesServer();
    b = Browser.withJavaScript();
  }

  @AfterAll
  static void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  @BeforeEach
  void aMinuteLater() {
    server.fixture.advance(Duration.ofMinutes(1));
  }

  @AfterEach
  void signOut() {
    b.open(server.url("/staff/cases"));
    if (!b.findAll("button.site-signout").isEmpty()) {
      b.press("button.site-signout");
    }
  }

  @Test
  void an_adviser_takes_a_case_answers_the_reporter_and_keeps_notes_the_reporter_never_sees() {
    var fixture = server.fixture;
    var receipt =
        fixture.submit(Fixture.anonymous("<script>alert('x')</script> He shouted at me."));
    var reporter = fixture.reporterSessionFor(receipt);
    var reference = receipt.reference().display();

    signIn("adviser@example.ac.uk", "not the password");
    assertThat(b.errors())
        .containsExactly(
            "The email address, password or code is not right. A code works once: wait for your"
                + " app to show the next one");
    b.assertAccessible();
    signIn("adviser@example.ac.uk", Fixture.PASSWORD);

    assertThat(b.heading()).isEqualTo("Cases");
    assertThat(b.find("table").getText()).contains(reference).contains("in ");
    b.assertAccessible();
    b.press("a[href='/staff/cases/" + reference + "']");
    assertThat(b.heading()).isEqualTo("Case " + reference);
    assertThat(b.text("dl.answers:nth-of-type(1), main")).contains("<script>alert('x')</script>");
    b.assertAccessible();

    b.press("button[name='take']");
    assertThat(b.text(".notice")).isEqualTo("The case has been assigned.");
    assertThat(b.text("main")).contains("Adviser: adviser@example.ac.uk");

    b.type("reply", "Thank you for telling us. Would you like to talk?");
    b.press("form[action$='/reply'] button");
    assertThat(b.text(".notice")).isEqualTo("Your reply has been sent to the reporter.");
    b.type("note", "Spoke to the library manager.");
    b.press("form[action$='/note'] button");
    assertThat(b.text(".internal")).contains("Spoke to the library manager.");

    var thread = (ThreadView) fixture.confide.readMyThread().read(reporter).orElseThrow();
    assertThat(thread.messages())
        .singleElement()
        .satisfies(m -> {
          assertThat(m.from()).isEqualTo(AuthorSide.STAFF);
          assertThat(m.author()).isEqualTo("Case adviser");
          assertThat(m.body()).isEqualTo("Thank you for telling us. Would you like to talk?");
        });
    assertThat(thread.toString() + thread.messages()).doesNotContain("library manager");

    // A status change needs a reason; the error names it and keeps the page accessible.
    b.find("select[name='status'] option[value='OPEN']").click();
    b.press("form[action$='/status'] button");
    assertThat(b.errors()).isNotEmpty();
    b.assertAccessible();
    b.find("select[name='status'] option[value='OPEN']").click();
    b.type("reason", "Working on it");
    b.press("form[action$='/status'] button");
    assertThat(b.text(".notice")).isEqualTo("The status has been changed.");

    b.open(server.url("/staff/cases"));
    for (var view : new String[] {"mine", "unread", "overdue", "escalated", "queue"}) {
      b.press("a[href='/staff/cases?view=" + view + "']");
      b.assertAccessible();
    }
    b.press("a[href='/staff/cases?view=mine']");
    assertThat(b.find("table").getText()).contains(reference).contains("Open");
  }

  @Test
  void a_safeguarding_lead_refers_an_escalation_with_a_recorded_rationale() {
    var fixture = server.fixture;
    var receipt =
        fixture.submit(
            AReport.anonymous()
                .answer("immediate-danger", "yes")
                .account("He has a knife")
                .build());
    var reference = receipt.reference().display();

    signIn("lead@example.ac.uk", Fixture.PASSWORD);
    b.press("a[href='/staff/escalations']");
    assertThat(b.heading()).isEqualTo("Open escalations");
    assertThat(b.find("table").getText()).contains(reference);
    b.assertAccessible();

    b.press("a[href^='/staff/escalations/']");
    assertThat(b.heading()).isEqualTo("Decide the escalation of case " + reference);
    b.assertAccessible();
    b.press("form[action$='/decision'] button");
    assertThat(b.errors()).containsExactly("Choose what you have decided");
    b.assertAccessible();

    b.choose("decision", "REFER");
    b.type("referredTo", "Thames Valley Police");
    b.type("rationale", "Weapon mentioned; the reporter is at risk tonight.");
    b.press("form[action$='/decision'] button");
    assertThat(b.text(".notice")).isEqualTo("Your decision has been recorded.");
    assertThat(b.findAll("table")).isEmpty();

    b.open(server.url("/staff/cases/" + reference));
    assertThat(b.find("main").getText())
        .contains("Referred")
        .contains("Thames Valley Police")
        .contains("Weapon mentioned");
    b.assertAccessible();
  }

  @Test
  void an_administrator_runs_accounts_and_the_calendar_and_reporters_see_a_closure() {
    signIn("admin@example.ac.uk", Fixture.PASSWORD);
    assertThat(b.heading()).isEqualTo("Staff accounts");
    b.assertAccessible();

    b.type("email", "new.adviser@example.ac.uk");
    b.type("displayName", "Nia New");
    b.type("password", "short");
    b.press("form[action='/staff/admin/staff'] button");
    assertThat(b.errors()).isNotEmpty();
    assertThat(b.find("#email").getAttribute("value")).isEqualTo("new.adviser@example.ac.uk");
    b.assertAccessible();
    b.choose("roles", "ADVISER");
    b.type("password", "a long enough password for Nia");
    b.press("form[action='/staff/admin/staff'] button");
    assertThat(b.text(".notice")).startsWith("The account has been created.");
    assertThat(b.find("table").getText()).contains("Nia New").contains("Adviser");
    assertThat(b.findAll("tbody tr"))
        .filteredOn(row -> row.getText().contains("Nia New"))
        .singleElement()
        .satisfies(row -> assertThat(row.getText()).contains("Not yet"));
    assertThat(b.findAll("tbody tr"))
        .filteredOn(row -> row.getText().contains("admin@example.ac.uk"))
        .singleElement()
        .satisfies(row -> assertThat(row.getText()).doesNotContain("Not yet"));

    b.press("a[href='/staff/admin/calendar']");
    assertThat(b.heading()).isEqualTo("Working days and response targets");
    b.assertAccessible();
    b.date("closureFirst", "2026-11-01");
    b.date("closureLast", "2026-11-01");
    b.press("form input[value='add-closure'] ~ .actions button");
    assertThat(b.errors())
        .containsExactly("Write the notice reporters will see during the closure");
    b.assertAccessible();
    var today = server.fixture.clock.instant().toString().substring(0, 10);
    b.date("closureFirst", today);
    b.date("closureLast", today);
    b.type("closureNotice", "We are closed today; we will read reports tomorrow.");
    b.press("form input[value='add-closure'] ~ .actions button");
    assertThat(b.text(".notice")).isEqualTo("The change has been saved.");
    assertThat(b.find("main").getText()).contains("We are closed today");

    b.open(server.url("/"));
    assertThat(b.find(".notice.warning").getText())
        .contains("No one is reading reports at the moment")
        .contains("We are closed today");
    b.assertAccessible();

    b.open(server.url("/staff/admin/calendar"));
    b.press("form input[value='remove-closure'] ~ button");
    b.open(server.url("/"));
    assertThat(b.findAll(".notice.warning")).isEmpty();
  }

  @Test
  void a_member_sets_up_two_factor_sign_in_and_needs_a_code_from_then_on() {
    var settings = server.fixture.ports.settings();
    // As a new deployment has it: required of all staff.
    settings.save(settings.current().withStaffTwoFactorRequired(true));
    try {
      signIn("analyst@example.ac.uk", Fixture.PASSWORD);
      assertThat(b.heading()).isEqualTo("Set up two-factor sign-in");
      assertThat(b.findAll(".qr svg title")).hasSize(1);
      b.assertAccessible();
      var secret = b.code(".secret-key");
      assertThat(secret).matches("[A-Z2-7]{32}");
      // On a phone, the key wraps between its groups, never inside one.
      b.atPhoneWidth(() ->
          assertThat(b.findAll(".secret-key .group"))
              .isNotEmpty()
              .allSatisfy(group -> assertThat(b.lineBoxesOf(group)).isOne()));
      // On the phone itself, a link does what scanning would: it holds the same key.
      assertThat(b.find("a.otpauth").getAttribute("href"))
          .startsWith("otpauth://totp/Confide:analyst%40example.ac.uk?secret=" + secret);
      b.open(server.url("/staff/trends"));
      assertThat(b.heading()).isEqualTo("Set up two-factor sign-in");

      b.type("code", wrongCode(secret));
      b.press("form[action='/staff/two-factor'] button");
      assertThat(b.errors()).singleElement().asString().startsWith("That code is not right");
      b.assertAccessible();
      b.type("code", codeNow(secret));
      b.press("form[action='/staff/two-factor'] button");
      assertThat(b.heading()).isEqualTo("Save your recovery codes");
      assertThat(b.findAll(".recovery-codes li")).hasSize(10);
      b.assertAccessible();
      b.press("a[href='/staff']");
      assertThat(b.heading()).isEqualTo("Trends");
      b.press("button.site-signout");

      server.fixture.clock.advance(Duration.ofMinutes(1));
      signIn("analyst@example.ac.uk", Fixture.PASSWORD);
      assertThat(b.errors()).singleElement().asString().startsWith("The email address, password");
      signIn("analyst@example.ac.uk", Fixture.PASSWORD, codeNow(secret));
      assertThat(b.heading()).isEqualTo("Trends");
      b.open(server.url("/staff/two-factor"));
      assertThat(b.find("main").getText()).contains("You have 10 recovery codes left");
      b.assertAccessible();
      b.press("button.site-signout");
    } finally {
      settings.save(settings.current().withStaffTwoFactorRequired(false));
    }

    signIn("admin@example.ac.uk", Fixture.PASSWORD);
    b.press("form[action='/staff/admin/staff/reset-two-factor'] button");
    assertThat(b.text(".notice")).startsWith("Their two-factor sign-in has been reset");
    b.assertAccessible();
  }

  private String codeNow(String secret) {
    return TwoFactor.codeAt(secret, server.fixture.clock.instant());
  }

  private String wrongCode(String secret) {
    return String.format("%06d", (Integer.parseInt(codeNow(secret)) + 1) % 1_000_000);
  }

  private void signIn(String email, String password, String code) {
    b.open(server.url("/staff/sign-in"));
    b.type("email", email);
    b.type("password", password);
    b.type("code", code);
    b.press("form[action='/staff/sign-in'] button");
  }

  private void signIn(String email, String password) {
    b.open(server.url("/staff/sign-in"));
    b.type("email", email);
    b.type("password", password);
    b.press("form[action='/staff/sign-in'] button");
  }
}
