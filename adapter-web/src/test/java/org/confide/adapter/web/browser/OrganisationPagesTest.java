package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.confide.domain.calendar.ClosurePeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fresh server shows reporters nothing that is a placeholder; an administrator makes Confide the
 * organisation's own from the admin pages, without JavaScript, and every page and error state on
 * the way passes axe-core.
 */
@NeedsChromium
class OrganisationPagesTest {

  /** Words that mark text not yet written, which no reporter should ever read. */
  private static final List<String> PLACEHOLDERS =
      List.of(
          "not yet set", "todo", "tbc", "lorem", "placeholder", "xxx", "${", "fill in", "[", "]");

  private PagesServer server;
  private Browser b;

  @BeforeEach
  void start() {
    server = new PagesServer();
    // With JavaScript, for axe-core; the admin forms post as plain forms, and the walk of the
    // reporter pages runs without it too (a_fresh_server..., with a browser of its own).
    b = Browser.withJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  private void assertNoPlaceholder() {
    var text = b.find("body").getText().toLowerCase(Locale.UK);
    for (var placeholder : PLACEHOLDERS) {
      assertThat(text).as(b.driver.getCurrentUrl()).doesNotContain(placeholder);
    }
    assertThat(b.findAll(".contacts li")).allSatisfy(li -> assertThat(li.getText()).isNotBlank());
  }

  @Test
  void a_fresh_server_shows_no_placeholder_on_any_page_a_reporter_can_see() throws Exception {
    b.close();
    b = Browser.withoutJavaScript();
    b.open(server.url("/"));
    assertThat(b.find(".emergency").getText()).contains("999", "111", "116 123");
    assertThat(b.find("main").getText()).contains("Messages are read Monday to Friday, 9am to 5pm");
    assertNoPlaceholder();
    for (var page : List.of("/sign-in", "/report", "/no-such-page", "/leave", "/pages/privacy")) {
      b.open(server.url(page));
      assertNoPlaceholder();
    }
    // Every page of the organisation's that the footer links to, and no privacy notice whose
    // blanks are not filled in.
    b.open(server.url("/"));
    var footer = b.findAll(".site-footer nav a").stream().map(a -> a.getAttribute("href")).toList();
    assertThat(footer)
        .containsExactly(
            server.url("/pages/what-happens-next"),
            server.url("/pages/support"),
            server.url("/pages/covering-your-tracks"),
            server.url("/pages/accessibility"));
    for (var page : footer) {
      b.open(page);
      assertNoPlaceholder();
    }
    // Every step of the form, the check of answers, and the receipt of a report made in danger.
    ReportWalk.inDanger().toKeepingInTouch(b, server, "anonymous");
    assertNoPlaceholder();
    b.choose("messaging", "yes");
    b.next();
    assertNoPlaceholder();
    b.press("button[name='go'][value='send']");
    assertThat(b.find(".emergency").getText()).contains("999", "NHS 111", "116 123");
    assertNoPlaceholder();
    var code = b.code(".access-code");
    b.open(server.url("/sign-in"));
    b.type("code", code);
    b.press("form[action='/sign-in'] button");
    assertThat(b.find("main").getText()).contains("Messages are read Monday to Friday");
    assertNoPlaceholder();
    for (var page : List.of("/my-report/contact", "/my-report/erase")) {
      b.open(server.url(page));
      assertNoPlaceholder();
    }
  }

  @Test
  void an_administrator_sets_the_contacts_and_reporters_see_only_those() {
    b.signInAsAdministrator(server);
    b.open(server.url("/staff/admin/emergency-contacts"));
    assertThat(b.heading()).isEqualTo("Emergency contacts");
    assertThat(b.find(".set-up").getText())
        .contains("To do: Emergency contacts")
        .contains("To do: Pages for reporters");
    b.assertAccessible();

    b.type("name-0", "Campus security");
    b.type("phone-0", "call the desk");
    b.type("url-1", "javascript:alert(1)");
    b.press("form[action='/staff/admin/emergency-contacts'] .actions button");
    assertThat(b.errors())
        .containsExactly(
            "Give the phone number with its digits, such as 116 123, at most 40 characters",
            "Give the name of the contact",
            "Give a web address starting https://, at most 300 characters");
    assertThat(b.find("#phone-0").getAttribute("value")).isEqualTo("call the desk");
    b.assertAccessible();

    b.type("phone-0", "01632 960 000");
    b.type("url-1", "");
    b.press("form[action='/staff/admin/emergency-contacts'] .actions button");
    assertThat(b.text(".notice")).isEqualTo("The change has been saved.");
    assertThat(b.find(".set-up").getText()).contains("Done: Emergency contacts");
    b.assertAccessible();

    b.open(server.url("/"));
    assertThat(b.find(".emergency").getText()).contains("Campus security: 01632 960 000");
    assertThat(b.find(".emergency").getText()).doesNotContain("Samaritans");
  }

  @Test
  void an_administrator_names_the_organisation_and_sets_the_hours_and_the_notice() {
    var today = LocalDate.ofInstant(server.fixture.clock.instant(), ZoneOffset.UTC);
    var settings = server.fixture.ports.settings();
    settings.save(
        settings
            .current()
            .withCalendar(
                settings
                    .current()
                    .calendar()
                    .withClosure(
                        new ClosurePeriod(
                            today.plusDays(20), today.plusDays(22), "We are away for training.")),
                settings.current().serviceLevel()));
    b.open(server.url("/"));
    assertThat(b.findAll(".notice.warning")).isEmpty();

    b.signInAsAdministrator(server);
    b.open(server.url("/staff/admin/service"));
    assertThat(b.heading()).isEqualTo("How the service runs");
    assertThat(b.find("main").getText())
        .contains("Notifications are off: no email is sent to staff.")
        .contains("Waiting to be sent: 0")
        .contains("Sent: 0")
        .contains("Given up after every try failed: 0")
        .contains("Held for a daily digest, as the staff member chose: 0")
        .contains("Not sent, because the staff member chose no email of that kind: 0");
    b.assertAccessible();
    b.type("retentionDays", "10");
    b.type("noticeDays", "many");
    b.press("form[action='/staff/admin/service'] .actions button");
    assertThat(b.errors()).containsExactly("Enter the days ahead as a whole number");
    b.assertAccessible();
    b.type("noticeDays", "21");
    b.press("form[action='/staff/admin/service'] .actions button");
    assertThat(b.errors()).containsExactly("Keep closed cases from 30 to 7305 days (20 years)");
    b.assertAccessible();

    b.type("organisationName", "University of Example");
    b.type("retentionDays", "2192");
    b.find("label[for='day-SATURDAY']").click();
    b.press("form[action='/staff/admin/service'] .actions button");
    assertThat(b.text(".notice")).isEqualTo("The change has been saved.");
    assertThat(b.find("main").getText())
        .contains("messages are read Monday to Saturday, 9am to 5pm");
    b.assertAccessible();

    b.open(server.url("/"));
    assertThat(b.text(".site-name")).isEqualTo("University of Example");
    assertThat(b.driver.getTitle()).endsWith("– University of Example");
    assertThat(b.find(".notice.warning").getText())
        .contains("The service will be closed from")
        .contains("We are away for training.");
    assertThat(b.find("main").getText())
        .contains("Messages are read Monday to Saturday, 9am to 5pm");
    b.assertAccessible();
  }

  @Test
  void an_administrator_writes_the_welsh_name_and_a_welsh_note_and_a_welsh_reporter_reads_them() {
    b.signInAsAdministrator(server);
    b.open(server.url("/staff/admin/service"));
    b.type("organisationName", "University of Example");
    b.type("organisationName-cy", "Prifysgol Enghraifft");
    b.press("form[action='/staff/admin/service'] .actions button");
    assertThat(b.text(".notice")).isEqualTo("The change has been saved.");
    assertThat(b.find("#organisationName-cy").getAttribute("value"))
        .isEqualTo("Prifysgol Enghraifft");
    b.assertFitsAPhoneAndAccessible();

    b.open(server.url("/staff/admin/emergency-contacts"));
    b.type("name-0", "Nightline");
    b.type("url-0", "https://nightline.example/");
    b.type("note-0", "Students listening to students");
    b.type("note-0-cy", "Myfyrwyr yn gwrando ar fyfyrwyr");
    b.press("form[action='/staff/admin/emergency-contacts'] .actions button");
    assertThat(b.text(".notice")).isEqualTo("The change has been saved.");
    b.assertFitsAPhoneAndAccessible();

    b.open(server.url("/?lang=cy"));
    assertThat(b.text(".site-name")).isEqualTo("Prifysgol Enghraifft");
    assertThat(b.driver.getTitle()).endsWith("– Prifysgol Enghraifft");
    var contact = b.find(".emergency .contacts li");
    assertThat(contact.getText())
        .contains("Nightline")
        .contains("Myfyrwyr yn gwrando ar fyfyrwyr")
        .doesNotContain("Students listening");
    // Written in English alone, the name is shown marked as English on the Welsh page.
    assertThat(b.find(".emergency .contacts li strong").getDomAttribute("lang")).isEqualTo("en");
    b.assertFitsAPhoneAndAccessible();
  }
}
