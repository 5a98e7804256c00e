package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages and states the journeys pass by without checking: the notices, the receipts of a named
 * report and of one where someone is in danger, a lost page, and a form that has expired. Each must
 * pass axe-core like every other.
 */
@NeedsChromium
class EveryOtherPageIsAccessibleTest {

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

  @Test
  void notices_lost_pages_and_expired_forms() {
    b.open(server.url("/?done=signed-out"));
    assertThat(b.text(".notice")).isEqualTo("You have signed out.");
    b.assertAccessible();
    b.open(server.url("/sign-in?why=expired"));
    assertThat(b.text(".notice")).startsWith("You were signed out");
    b.assertAccessible();
    b.open(server.url("/staff/sign-in"));
    b.assertAccessible();
    b.open(server.url("/staff/sign-in?why=password-set"));
    assertThat(b.text(".notice")).isEqualTo("Your new password is set. Sign in with it.");
    b.assertAccessible();
    b.open(server.url("/no-such-page"));
    assertThat(b.heading()).isEqualTo("Page not found");
    b.assertAccessible();
    b.open(server.url("/staff/no-such-page"));
    assertThat(b.heading()).isEqualTo("Page not found");
    b.assertAccessible();

    b.open(server.url("/sign-in"));
    b.driver.manage().deleteCookieNamed("confide_form");
    b.type("code", "ABCD-EFGH-JKMN-PQRS");
    b.press("form[action='/sign-in'] button");
    assertThat(b.heading()).isEqualTo("This form has expired");
    b.assertAccessible();
  }

  @Test
  void the_receipts_of_a_named_report_and_of_one_where_someone_is_in_danger() {
    var fixture = server.fixture;
    ReportWalk.inDanger().toKeepingInTouch(b, server, "named");
    b.type("contact.name", "Robin");
    b.type("contact.phone", "07700 900123");
    b.next();
    b.assertAccessible();
    b.press("button[name='go'][value='send']");
    assertThat(b.find(".emergency").getText()).contains("999");
    assertThat(b.find("main").getText()).contains("An adviser will contact you");
    b.assertAccessible();

    // A case with no open escalation: the decision page of an unknown escalation is not found.
    fixture.submit(AReport.anonymous().build());
    b.open(server.url("/staff/sign-in"));
    b.type("email", "lead@example.ac.uk");
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
    b.open(server.url("/staff/escalations/00000000-0000-0000-0000-000000000000"));
    assertThat(b.heading()).isEqualTo("Not found");
    b.assertAccessible();
    b.press("button.site-signout");
    assertThat(b.text(".notice")).isEqualTo("You have signed out.");
    b.assertAccessible();
  }
}
