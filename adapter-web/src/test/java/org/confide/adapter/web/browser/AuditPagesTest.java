package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail in a browser, as a safeguarding lead reads it (the pages carry no script):
 * filters in a plain form, a page of events with a link to older ones, a refused filter, and the
 * chain's check. Every page passes axe-core, also 390 pixels wide.
 */
@NeedsChromium
class AuditPagesTest {

  static PagesServer server;
  static Browser b;

  @BeforeAll
  static void start() {
    server = new PagesServer();
    b = Browser.withJavaScript();
    // A submission is not an audit event; each reporter's first message is.
    for (int i = 0; i < 3; i++) {
      var receipt = server.fixture.submit(AReport.anonymous().build());
      server
          .fixture
          .confide
          .sendReporterMessage()
          .send(
              server.fixture.reporterSessionFor(receipt),
              new SendReporterMessageUseCase.Command("Is anyone there?"))
          .orElseThrow();
      server.fixture.advance(Duration.ofMinutes(1));
    }
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
  void a_lead_filters_the_trail_pages_back_and_checks_the_chain() {
    signIn("lead@example.ac.uk");
    b.open(server.url("/staff/admin/audit"));
    assertThat(b.heading()).isEqualTo("Audit trail");
    assertThat(b.text("table")).contains("Message sent");
    b.assertAccessible();
    b.atPhoneWidth(b::assertAccessible);

    b.open(server.url("/staff/admin/audit?action=MESSAGE_SENT&limit=2"));
    assertThat(b.findAll("tbody tr")).hasSize(2);
    b.press("a[href*='after=']");
    assertThat(b.findAll("tbody tr")).hasSize(1);
    assertThat(b.text("tbody")).contains("Message sent").contains("The reporter");

    b.open(server.url("/staff/admin/audit?from=last+week&actor=someone"));
    assertThat(b.errors()).hasSize(2);
    b.assertAccessible();

    b.press("a[href='/staff/admin/audit/verification']");
    assertThat(b.heading()).isEqualTo("The audit trail is whole");
    b.assertAccessible();
  }

  @Test
  void an_adviser_is_told_the_trail_is_not_part_of_their_role() {
    signIn("adviser@example.ac.uk");
    b.open(server.url("/staff/admin/audit"));
    assertThat(b.heading()).isEqualTo("Not part of your role");
    assertThat(b.findAll("a[href='/staff/admin/audit']")).isEmpty();
  }

  private void signIn(String email) {
    b.open(server.url("/staff/sign-in"));
    b.type("email", email);
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
  }
}
