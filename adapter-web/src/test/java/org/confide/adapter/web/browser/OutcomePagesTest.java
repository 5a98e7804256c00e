package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.report.ReportStatus;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outcomes and tags in Chromium: the administrator's page of both lists, and closing a case with an
 * outcome and tags on the case page, without JavaScript, at phone width and passing axe-core.
 */
@NeedsChromium
class OutcomePagesTest {

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

  private void signIn(String email) {
    b.open(server.url("/staff/sign-in"));
    b.type("email", email);
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
  }

  private void typeInto(String id, String text) {
    var field = b.find("#" + id);
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void
      an_administrator_keeps_the_lists_and_an_adviser_closes_a_case_with_them_without_javascript() {
    b = Browser.withoutJavaScript();
    signIn("admin@example.ac.uk");
    b.press("nav a[href='/staff/admin/outcomes']");
    assertThat(b.heading()).isEqualTo("Outcomes and tags");
    assertThat(b.find("#outcomes").getAttribute("value"))
        .startsWith("Support provided\nFormal complaint made");
    typeInto("tags", "Online\nRepeat report");
    b.press("form:has(#tags) button");
    assertThat(b.text(".notice")).isEqualTo("The change has been saved.");
    assertThat(b.find("#tags").getAttribute("value")).isEqualTo("Online\nRepeat report");
    b.press("button.site-signout");

    var reference = server.fixture.submit(Fixture.anonymous("Something happened.")).reference();
    signIn("adviser@example.ac.uk");
    b.open(server.url("/staff/cases/" + reference.display()));
    b.find("select[name='status'] option[value='CLOSED']").click();
    b.type("reason", "Resolved with the department");
    b.press("form[action$='/status'] button");
    assertThat(b.errors()).singleElement().asString().startsWith("Choose how the case ended");

    b.find("#outcome option[value='referred-elsewhere']").click();
    b.find("label[for='tags-repeat-report']").click();
    b.press("form[action$='/status'] button");

    assertThat(b.text(".notice")).isEqualTo("The status has been changed.");
    assertThat(b.text("#closed-with"))
        .isEqualTo("Outcome: Referred elsewhere. Tags: Repeat report.");
    var file =
        server
            .fixture
            .confide
            .viewCase()
            .view(server.fixture.lead, new ViewCaseUseCase.Command(reference))
            .orElseThrow();
    assertThat(file.status()).isEqualTo(ReportStatus.CLOSED);
  }

  @Test
  void an_adviser_searches_every_case_by_outcome_without_javascript_and_a_bad_day_is_named() {
    var fixture = server.fixture;
    var open = fixture.submit(Fixture.anonymous("First.")).reference();
    var closed = fixture.submit(Fixture.anonymous("Second.")).reference();
    fixture
        .confide
        .changeCaseStatus()
        .change(
            fixture.adviser,
            org.confide.application.port.in.ChangeCaseStatusUseCase.Command.close(
                closed, "Done", "no-further-action", java.util.List.of()))
        .orElseThrow();
    b = Browser.withoutJavaScript();
    signIn("adviser@example.ac.uk");
    b.press("a[href='/staff/cases?view=all']");
    assertThat(b.find("table").getText()).contains(open.display()).contains(closed.display());

    b.find("#outcome option[value='no-further-action']").click();
    b.press("form[action='/staff/cases'] button");
    assertThat(b.find("table").getText()).contains(closed.display()).doesNotContain(open.display());
    assertThat(b.find("#outcome option[value='no-further-action']").isSelected()).isTrue();

    b.type("from", "2026-13-01");
    b.press("form[action='/staff/cases'] button");
    assertThat(b.errors()).containsExactly("Give the first day as YYYY-MM-DD");
  }

  @Test
  void a_lead_lifts_an_exclusion_on_the_case_page_without_javascript() {
    var fixture = server.fixture;
    var reference = fixture.submit(Fixture.anonymous("Something happened.")).reference();
    fixture
        .confide
        .declareConflict()
        .declare(
            fixture.otherAdviser,
            new org.confide.application.port.in.DeclareConflictUseCase.Command(
                reference, "I know them"))
        .orElseThrow();
    b = Browser.withoutJavaScript();
    signIn("lead@example.ac.uk");
    b.open(server.url("/staff/cases/" + reference.display()));
    b.type("lift-reason", "Declared by mistake");
    b.press("form[action$='/lift'] button");

    assertThat(b.text(".notice")).startsWith("The exclusion is lifted.");
    assertThat(b.text("main")).contains("No adviser is excluded from this case.");
  }

  @Test
  void the_pages_and_their_errors_pass_axe_and_fit_a_phone() {
    b = Browser.withJavaScript();
    signIn("admin@example.ac.uk");
    b.open(server.url("/staff/admin/outcomes"));
    b.assertFitsAPhoneAndAccessible();

    typeInto("outcomes", "Resolved\nresolved!");
    b.press("form:has(#outcomes) button");
    assertThat(b.heading()).isEqualTo("Outcomes and tags");
    assertThat(b.errors())
        .containsExactly(
            "Line 2: The entry \"resolved!\" is in the list already, perhaps spelt alike");
    assertThat(b.find("#outcomes").getAttribute("aria-invalid")).isEqualTo("true");
    b.assertFitsAPhoneAndAccessible();
    typeInto("tags", "Online");
    b.press("form:has(#tags) button");
    b.press("button.site-signout");

    var reference = server.fixture.submit(Fixture.anonymous("Something happened.")).reference();
    signIn("adviser@example.ac.uk");
    b.open(server.url("/staff/cases/" + reference.display()));
    b.assertFitsAPhoneAndAccessible();
    b.find("select[name='status'] option[value='CLOSED']").click();
    b.type("reason", "Done");
    b.press("form[action$='/status'] button");
    assertThat(b.errors()).hasSize(1);
    b.assertFitsAPhoneAndAccessible();

    b.open(server.url("/staff/cases?view=all"));
    b.assertFitsAPhoneAndAccessible();
    b.open(server.url("/staff/cases?view=all&to=tomorrow"));
    assertThat(b.errors()).containsExactly("Give the last day as YYYY-MM-DD");
    b.assertFitsAPhoneAndAccessible();
  }
}
