package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.team.TeamId;
import org.confide.testing.AReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 23 in Chromium: the case list's team picker and the case page's form that moves a case to
 * another team, without JavaScript, on a 390-pixel phone and passing axe-core; and trends by
 * outcome on the trends page.
 */
@NeedsChromium
class CaseWorkPagesTest {

  private PagesServer server;
  private Browser b;
  private TeamId support;
  private String reference;

  @BeforeEach
  void start() {
    server = new PagesServer();
    var fixture = server.fixture;
    var teams = fixture.confide.manageTeams();
    support = teams.create(fixture.admin, "Student Support").orElseThrow();
    var hr = teams.create(fixture.admin, "HR").orElseThrow();
    teams.changeMembers(fixture.admin, support, List.of("adviser@example.ac.uk")).orElseThrow();
    teams.changeMembers(fixture.admin, hr, List.of("other@example.ac.uk")).orElseThrow();
    reference =
        fixture.submit(AReport.anonymous().account("It happened.").build()).reference().display();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  private void signInAs(String email) {
    b.signInAs(server, email);
  }

  private static List<String> options(WebElement select) {
    return new Select(select).getOptions().stream().map(WebElement::getText).toList();
  }

  private void moveTo(String team, String reason) {
    new Select(b.find("#move-team")).selectByVisibleText(team);
    b.type("move-reason", reason);
    b.press("form[action='/staff/cases/" + reference + "/move'] button");
  }

  @Test
  void an_adviser_narrows_the_list_to_a_team_and_moves_a_case_without_javascript() {
    b = Browser.withoutJavaScript();
    signInAs("adviser@example.ac.uk");
    b.open(server.url("/staff/cases"));
    assertThat(options(b.find("#team"))).containsExactly("All your teams", "Student Support");

    b.open(server.url("/staff/cases/" + reference));
    assertThat(b.find("main").getText()).contains("This case has no team");
    assertThat(options(b.find("#move-team")))
        .containsExactly("Choose a team", "HR", "Student Support");
    moveTo("Student Support", "A student reported it.");

    assertThat(b.find(".notice").getText())
        .isEqualTo("The case " + reference + " has been moved to its new team.");
    new Select(b.find("#team")).selectByVisibleText("Student Support");
    b.press("form.team-picker button");
    assertThat(b.find("main table").getText()).contains(reference);
    assertThat(new Select(b.find("#team")).getFirstSelectedOption().getText())
        .isEqualTo("Student Support");

    b.open(server.url("/staff/cases/" + reference));
    assertThat(b.find("main").getText()).contains("This case is with Student Support.");
    assertThat(options(b.find("#move-team"))).containsExactly("Choose a team", "HR");
    moveTo("HR", "It concerns a member of staff.");

    assertThat(b.find(".notice").getText()).contains("has been moved to its new team");
    b.open(server.url("/staff/cases?view=all"));
    assertThat(b.find("main").getText()).doesNotContain(reference);
  }

  @Test
  void the_list_and_the_case_with_the_move_form_and_its_error_pass_axe_and_fit_a_phone() {
    b = Browser.withJavaScript();
    signInAs("lead@example.ac.uk");
    b.open(server.url("/staff/cases?view=all"));
    assertThat(options(b.find("#team"))).containsExactly("All your teams", "HR", "Student Support");
    b.assertFitsAPhoneAndAccessible();

    b.open(server.url("/staff/cases/" + reference));
    b.assertFitsAPhoneAndAccessible();
    b.type("move-reason", "No team chosen");
    b.press("form[action='/staff/cases/" + reference + "/move'] button");
    assertThat(b.errors()).hasSize(1);
    assertThat(b.find("#move-reason").getAttribute("value")).isEqualTo("No team chosen");
    b.assertFitsAPhoneAndAccessible();
  }

  @Test
  void the_trends_page_counts_closed_cases_by_outcome_without_javascript() {
    var fixture = server.fixture;
    for (int i = 0; i < 6; i++) {
      var closing = fixture.submit(AReport.anonymous().account("x").build()).reference();
      close(closing, "support-provided");
    }
    close(ReportReference.parse(reference), "referred-elsewhere");
    b = Browser.withoutJavaScript();
    signInAs("analyst@example.ac.uk");
    b.open(server.url("/staff/trends"));

    new Select(b.find("#by")).selectByValue("outcome");
    b.press("form[action='/staff/trends'] button");

    var table = b.find("main table").getText();
    assertThat(table).contains("Support provided 6").contains("Referred elsewhere fewer than 5");
    assertThat(options(b.find("#by"))).contains("Outcome of closed cases");
  }

  private void close(ReportReference case_, String outcome) {
    server
        .fixture
        .confide
        .changeCaseStatus()
        .change(
            server.fixture.lead,
            ChangeCaseStatusUseCase.Command.close(case_, "Done", outcome, List.of()))
        .orElseThrow();
  }
}
