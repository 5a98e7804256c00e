package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organisation's pages and the report form's texts on anonymity, in Chromium: read without
 * JavaScript, laid out on a 390-pixel phone, edited from the admin pages without JavaScript, and
 * every page and error state on the way passing axe-core.
 */
@NeedsChromium
class OrganisationContentTest {

  private static final List<String> SHOWN =
      List.of(
          "/pages/what-happens-next",
          "/pages/support",
          "/pages/covering-your-tracks",
          "/pages/accessibility");

  private PagesServer server;
  private Browser b;

  @BeforeEach
  void start() {
    server = new PagesServer();
    b = Browser.withJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  /** The page is no wider than the window: nothing to scroll sideways on a phone. */
  private void fitsThePhone() {
    var widths =
        (String)
            ((org.openqa.selenium.JavascriptExecutor) b.driver)
                .executeScript(
                    "return document.documentElement.scrollWidth + ' ' + window.innerWidth;");
    var parts = widths.split(" ");
    assertThat(Integer.parseInt(parts[0]))
        .as("page width on " + b.driver.getCurrentUrl())
        .isLessThanOrEqualTo(Integer.parseInt(parts[1]));
  }

  @Test
  void a_reporter_reads_each_page_without_javascript_and_its_links_leave_with_no_referrer()
      throws Exception {
    b.close();
    b = Browser.withoutJavaScript();
    b.open(server.url("/"));
    b.press("main a[href='/pages/covering-your-tracks']");
    assertThat(b.heading()).isEqualTo("Covering your tracks");
    assertThat(b.find("main").getText())
        .contains("stay in your browser's history")
        .contains("private window");
    assertThat(b.find(".site-footer").getText())
        .contains("The pages you open here stay in your browser's history")
        .doesNotContain("keeps no record");

    b.open(server.url("/pages/support"));
    assertThat(b.heading()).isEqualTo("Support for you and for a friend");
    var links = b.findAll("main .organisation-text a");
    assertThat(links).isNotEmpty();
    assertThat(links)
        .allSatisfy(a -> {
          assertThat(a.getAttribute("href")).matches("(https://|tel:).*");
          assertThat(a.getAttribute("rel")).isEqualTo("noreferrer noopener");
        });
    assertThat(b.find("meta[name='referrer']").getAttribute("content")).isEqualTo("same-origin");

    b.open(server.url("/pages/privacy"));
    assertThat(b.heading()).isEqualTo("Page not found");
  }

  @Test
  void every_page_passes_axe_and_fits_a_phone() {
    for (var page : SHOWN) {
      b.open(server.url(page));
      b.assertAccessible();
      b.atPhoneWidth(() -> {
        fitsThePhone();
        b.assertAccessible();
      });
    }
    b.open(server.url("/pages/privacy"));
    b.assertAccessible();
  }

  @Test
  void an_administrator_fills_in_the_privacy_notice_and_reporters_then_see_it() {
    b.signInAsAdministrator(server);
    b.open(server.url("/staff/admin/pages"));
    assertThat(b.heading()).isEqualTo("Pages for reporters");
    assertThat(b.find(".set-up").getText()).contains("To do: Pages for reporters");
    b.assertAccessible();
    b.atPhoneWidth(() -> {
      fitsThePhone();
      b.assertAccessible();
    });

    assertThat(b.find("main").getText())
        .contains(
            "Edit in English: not yet written: reporters are not shown it until its blanks"
                + " are filled in and it is saved.")
        .contains("Edit in Cymraeg: not yet written");
    b.press("main a[href='/staff/admin/pages/privacy?in=en']");
    assertThat(b.heading()).isEqualTo("Edit: Privacy notice");
    assertThat(b.find("#body").getAttribute("value")).contains("[FILL IN:");
    b.assertAccessible();

    // Saved with its blanks: refused, and the text typed is kept.
    b.type("title", "");
    b.press("button[name='go'][value='save']");
    assertThat(b.errors())
        .containsExactly(
            "Give the page a title",
            "Fill in every blank marked [FILL IN: ...] and remove the marks: reporters must never"
                + " read a blank");
    assertThat(b.find("#body").getAttribute("value")).contains("[FILL IN:");
    b.assertAccessible();
    b.atPhoneWidth(() -> {
      fitsThePhone();
      b.assertAccessible();
    });

    // A preview shows what reporters would see, saving nothing, with hostile markup made text.
    b.type("title", "Privacy notice");
    b.type(
        "body",
        "## Who we are\n\nThe University of Example. Write to [our officer](mailto:dpo@example.ac.uk)"
            + " or [not this](javascript:alert(1)).\n\n<script>alert(1)</script>");
    b.press("button[name='go'][value='preview']");
    assertThat(b.text(".notice")).isEqualTo("This is a preview: nothing has been saved yet.");
    assertThat(b.find(".preview h2 + h2, .preview .organisation-text h2").getText())
        .isEqualTo("Who we are");
    assertThat(b.find(".preview a[href^='mailto:']").getText()).isEqualTo("our officer");
    assertThat(b.findAll(".preview a[href^='javascript']")).isEmpty();
    assertThat(b.find(".preview").getText()).contains("<script>alert(1)</script>");
    b.assertAccessible();

    b.press("button[name='go'][value='save']");
    assertThat(b.text(".notice")).isEqualTo("The change has been saved.");
    assertThat(b.find(".set-up").getText()).contains("Done: Pages for reporters");
    b.assertAccessible();

    b.open(server.url("/"));
    b.press(".site-footer a[href='/pages/privacy']");
    assertThat(b.heading()).isEqualTo("Privacy notice");
    assertThat(b.find("main").getText()).contains("The University of Example");
    b.assertAccessible();
  }

  @Test
  void an_unknown_page_in_the_editor_is_not_found() {
    b.signInAsAdministrator(server);
    b.open(server.url("/staff/admin/pages/nothing-here"));
    assertThat(b.heading()).isEqualTo("Page not found");
    b.assertAccessible();
  }

  @Test
  void the_report_form_says_what_anonymity_means_and_that_details_can_identify() {
    b.close();
    b = Browser.withoutJavaScript();
    b.open(server.url("/report"));
    b.choose("answers.incident-type", "bullying");
    b.next();
    b.choose("answers.where", "online");
    b.choose("answers.reporter-role", "student");
    b.next();
    b.choose("answers.affected-person", "me");
    b.choose("answers.under-18", "no");
    b.choose("answers.immediate-danger", "no");
    var besideTheAccount = false;
    for (int step = 3; step < 8; step++) {
      b.next();
      if (!b.findAll("textarea").isEmpty()) {
        assertThat(b.find("main .notice.organisation-text").getText())
            .contains("can identify you, even in an anonymous report");
        besideTheAccount = true;
      }
    }
    assertThat(besideTheAccount).isTrue();
    assertThat(b.heading()).endsWith("how you tell us");
    assertThat(b.find("#anonymity-choice-title").getText())
        .isEqualTo("What staying anonymous means");
    assertThat(b.find("main").getText())
        .contains("It can show a pattern")
        .contains("rarely allows direct action against a named person")
        .contains("With your contact details");

    // Edited by an administrator, the organisation's own words are shown instead.
    b.close();
    b = Browser.withJavaScript();
    b.signInAsAdministrator(server);
    b.open(server.url("/staff/admin/pages/identifying-details"));
    b.assertAccessible();
    b.type("title", "Take care with details");
    b.type("body", "Dates and places *can* identify you.");
    b.press("button[name='go'][value='save']");
    assertThat(b.text(".notice")).isEqualTo("The change has been saved.");
    b.open(server.url("/report"));
    b.choose("answers.incident-type", "bullying");
    b.next();
    b.choose("answers.where", "online");
    b.choose("answers.reporter-role", "student");
    b.next();
    b.choose("answers.affected-person", "me");
    b.choose("answers.under-18", "no");
    b.choose("answers.immediate-danger", "no");
    var shown = new java.util.ArrayList<String>();
    for (int step = 3; step < 8; step++) {
      b.next();
      if (!b.findAll("textarea").isEmpty()) {
        shown.add(b.find("main .notice.organisation-text").getText());
        b.assertAccessible();
      }
    }
    assertThat(shown)
        .isNotEmpty()
        .allSatisfy(text ->
            assertThat(text)
                .isEqualTo("Take care with details\nDates and places can identify you."));
    assertThat(b.heading()).endsWith("how you tell us");
    b.assertAccessible();
    b.atPhoneWidth(() -> {
      fitsThePhone();
      b.assertAccessible();
    });
  }
}
