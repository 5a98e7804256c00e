package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trends and pattern alerts in a real browser: tables and server-drawn charts with small counts
 * suppressed, a crossed table, a bad range, and alerts as an analyst and as a safeguarding lead see
 * them. Every page passes axe-core.
 */
@NeedsChromium
class TrendPagesTest {

  static PagesServer server;
  static Browser b;

  @BeforeAll
  static void start() {
    server = new PagesServer();
    b = Browser.withJavaScript();
    var fixture = server.fixture;
    // Seven reports of harassment on campus, two of stalking online; three name one person.
    for (int i = 0; i < 7; i++) {
      fixture.submit(AReport.anonymous().build());
    }
    for (var name : new String[] {"Dr John Smith", "Smith, John", "john  SMITH"}) {
      fixture.submit(
          AReport.anonymous()
              .answer("incident-type", "stalking")
              .answer("where", "online")
              .answer("named-person", name)
              .build());
    }
    fixture.advance(Duration.ofMinutes(1));
  }

  @AfterAll
  static void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  @AfterEach
  void signOut() {
    if (!b.findAll("button.site-signout").isEmpty()) {
      b.press("button.site-signout");
    }
  }

  @Test
  void an_analyst_reads_suppressed_trends_as_a_table_and_a_chart_and_sees_alerts_as_counts() {
    signIn("analyst@example.ac.uk");
    assertThat(b.heading()).isEqualTo("Trends");
    var table = b.text("table");
    assertThat(table).contains("Harassment").contains("7").contains("fewer than 5");
    assertThat(table).doesNotContain("Smith");
    assertThat(b.findAll("figure svg[role='img']")).hasSize(1);
    b.assertAccessible();

    b.find("select#by-2 option[value='where']").click();
    b.press("form[action='/staff/trends'] button");
    assertThat(b.text("table thead")).contains("On campus");
    assertThat(b.text("table tfoot")).contains("All");
    b.assertAccessible();

    b.open(server.url("/staff/trends?from=2026-13&by=type"));
    assertThat(b.errors()).isNotEmpty();
    b.assertAccessible();

    b.press("a[href='/staff/alerts']");
    assertThat(b.text("table")).contains("3");
    assertThat(b.findAll("a[href^='/staff/alerts/']")).isEmpty();
    assertThat(b.text("main")).doesNotContain("The same person");
    b.assertAccessible();
  }

  @Test
  void a_safeguarding_lead_opens_the_reports_behind_an_alert() {
    signIn("lead@example.ac.uk");
    b.open(server.url("/staff/alerts"));
    assertThat(b.text("table")).contains("The same person");
    b.assertAccessible();
    b.press("a[href^='/staff/alerts/']");
    assertThat(b.heading()).isEqualTo("3 reports that name the same person");
    assertThat(b.findAll("section.panel")).hasSize(3);
    b.assertAccessible();
  }

  private void signIn(String email) {
    b.open(server.url("/staff/sign-in"));
    b.type("email", email);
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
  }
}
