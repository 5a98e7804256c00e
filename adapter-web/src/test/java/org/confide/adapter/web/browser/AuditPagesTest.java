package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
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
    // An event recorded before details were coded: its detail is English alone.
    server
        .fixture
        .ports
        .auditTrail()
        .append(
            AuditEvent.of(
                new AuditEventId(UUID.randomUUID()),
                server.fixture.clock.instant(),
                Actor.system(),
                AuditAction.QUESTIONNAIRE_PUT_IN_USE,
                "version 3 in place of version 2"));
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
  void in_welsh_a_lead_reads_each_detail_in_welsh_and_an_old_one_as_recorded_in_english() {
    signIn("lead@example.ac.uk");
    b.open(server.url("/staff/admin/audit/verification?lang=cy"));
    b.open(server.url("/staff/admin/audit?lang=cy&action=AUDIT_TRAIL_VERIFIED"));
    assertThat(b.find("tbody tr td:last-child").getText()).matches("cyfan; \\d+ d?digwyddiad");
    assertThat(b.find("tbody tr td:last-child").getAttribute("lang")).isNullOrEmpty();
    b.assertAccessible();
    b.atPhoneWidth(b::assertAccessible);

    b.open(server.url("/staff/admin/audit?lang=cy&action=QUESTIONNAIRE_PUT_IN_USE"));
    var old = b.find("tbody tr td:last-child");
    assertThat(old.getText()).isEqualTo("version 3 in place of version 2");
    assertThat(old.getAttribute("lang")).isEqualTo("en");
    b.assertAccessible();
    b.atPhoneWidth(b::assertAccessible);
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
