package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.application.port.in.RouteReportsUseCase.Rule;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's pages of teams and routing, in Chromium: used without JavaScript, laid out on
 * a 390-pixel phone, and every page and error state passing axe-core.
 */
@NeedsChromium
class TeamPagesTest {

  private PagesServer server;
  private Browser b;

  @BeforeEach
  void start() {
    server = new PagesServer();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  private void signInAsAdministrator() {
    b.open(server.url("/staff/sign-in"));
    b.type("email", "admin@example.ac.uk");
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
  }

  private void select(String id, String value) {
    new Select(b.find("#" + id)).selectByValue(value);
  }

  /** The page is no wider than the window, and passes axe there too. */
  private void fitsThePhoneAndPassesAxe() {
    b.assertFitsAPhoneAndAccessible();
  }

  @Test
  void an_administrator_creates_a_team_sets_its_members_and_routes_reports_without_javascript() {
    b = Browser.withoutJavaScript();
    signInAsAdministrator();
    b.press("nav a[href='/staff/admin/teams']");
    assertThat(b.heading()).isEqualTo("Teams");
    assertThat(b.find("main").getText()).contains("There are no teams yet");

    b.type("name", "Student Support");
    b.press("form[action='/staff/admin/teams'] button");
    assertThat(b.find(".notice").getText()).isEqualTo("The change has been saved.");
    assertThat(b.find("main h2").getText()).isEqualTo("Student Support");

    b.type("members", "adviser@example.ac.uk");
    b.press("form[action='/staff/admin/teams/members'] button");
    assertThat(b.find("textarea[name='members']").getAttribute("value"))
        .isEqualTo("adviser@example.ac.uk");

    b.press("nav a[href='/staff/admin/routing']");
    assertThat(b.heading()).isEqualTo("Routing");
    select("answer-0", "reporter-role/student");
    var team = new Select(b.find("#team-0")).getOptions().get(1).getAttribute("value");
    select("team-0", team);
    select("defaultTeam", team);
    b.press("form[action='/staff/admin/routing'] button");

    assertThat(b.find(".notice").getText()).isEqualTo("The change has been saved.");
    var routing = server.fixture.confide.routeReports().read(server.fixture.admin).orElseThrow();
    assertThat(routing.rules()).containsExactly(new Rule("reporter-role", "student", team));
    assertThat(routing.defaultTeam()).contains(team);
    assertThat(new Select(b.find("#answer-0")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("reporter-role/student");
  }

  @Test
  void the_pages_and_their_errors_pass_axe_and_fit_a_phone() {
    b = Browser.withJavaScript();
    signInAsAdministrator();
    b.open(server.url("/staff/admin/teams"));
    fitsThePhoneAndPassesAxe();

    b.press("form[action='/staff/admin/teams'] button");
    assertThat(b.heading()).isEqualTo("Teams");
    assertThat(b.errors()).containsExactly("The name must not be blank");
    fitsThePhoneAndPassesAxe();

    b.type("name", "HR");
    b.press("form[action='/staff/admin/teams'] button");
    b.type("members", "nobody@example.ac.uk");
    b.press("form[action='/staff/admin/teams/members'] button");
    assertThat(b.errors())
        .containsExactly(
            "These are not the email addresses of active advisers or safeguarding leads:"
                + " nobody@example.ac.uk");
    assertThat(b.find("textarea[name='members']").getAttribute("value"))
        .isEqualTo("nobody@example.ac.uk");
    fitsThePhoneAndPassesAxe();

    b.open(server.url("/staff/admin/routing"));
    fitsThePhoneAndPassesAxe();
    select("answer-1", "incident-type/hate-incident");
    b.press("form[action='/staff/admin/routing'] button");
    assertThat(b.heading()).isEqualTo("Routing");
    assertThat(b.errors()).containsExactly("Unknown team");
    assertThat(b.find("#team-1").getAttribute("aria-invalid")).isEqualTo("true");
    fitsThePhoneAndPassesAxe();
  }
}
