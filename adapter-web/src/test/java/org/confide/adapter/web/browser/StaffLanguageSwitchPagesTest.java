package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.shared.ReportReference;
import org.confide.testing.AReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A staff form shown again with its error, then switched to Welsh, in a real browser with
 * JavaScript off (issue 24): the case page answering a refused note has no address of its own, so
 * its switch is a button of the note's form, and the note typed since comes back in Welsh, not
 * added; the note's own button then adds it, in Welsh. The same steps in a browser with JavaScript
 * on must fit a phone (390 pixels) and pass axe at each page.
 */
@NeedsChromium
class StaffLanguageSwitchPagesTest {

  private PagesServer server;
  private Browser b;
  private Browser checked;
  private ReportReference reference;

  @BeforeEach
  void start() {
    server = new PagesServer();
    reference = server.fixture.submit(AReport.anonymous().build()).reference();
    b = Browser.withoutJavaScript();
    checked = Browser.withJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, checked, server);
  }

  @Test
  void a_note_refused_then_switched_to_welsh_keeps_what_was_typed_and_adds_it_only_when_asked() {
    var path = "/staff/cases/" + reference.display();
    for (var browser : new Browser[] {b, checked}) {
      browser.signInAs(server, "lead@example.ac.uk");
      browser.open(server.url(path));
      // Asked for by its address, the page links to itself in Welsh.
      assertThat(browser.find("header a.language-switch[lang='cy']").getAttribute("href"))
          .endsWith(path + "?lang=cy");
      browser.press("form#case-note .actions button");
    }
    assertThat(b.errors()).hasSize(1);
    assertThat(b.heading()).isEqualTo("Case " + reference.display());
    assertThat(b.findAll("header a.language-switch")).isEmpty();
    checked.assertFitsAPhoneAndAccessible();

    for (var browser : new Browser[] {b, checked}) {
      browser.type("note", "Rang the hall warden.");
      var button = browser.find("header button.language-switch[lang='cy']");
      assertThat(button.getAttribute("form")).isEqualTo("case-note");
      assertThat(button.getText()).isEqualTo("Cymraeg");
      assertThat(button.isDisplayed()).isTrue();
      browser.press("header button.language-switch[lang='cy']");
    }
    assertThat(b.heading()).isEqualTo("Achos " + reference.display());
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.find("textarea#note").getAttribute("value")).isEqualTo("Rang the hall warden.");
    assertThat(b.errors()).isEmpty();
    assertThat(b.find("header button.language-switch").getText()).isEqualTo("English");
    assertThat(notes()).isEmpty();
    checked.atPhoneWidth(
        () -> assertThat(checked.find("header button.language-switch").isDisplayed()).isTrue());
    checked.assertFitsAPhoneAndAccessible();

    b.press("form#case-note .actions button");
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("cy");
    assertThat(b.text(".notice")).startsWith("Mae eich nodyn wedi'i ychwanegu.");
    assertThat(notes())
        .singleElement()
        .satisfies(note -> assertThat(note.body()).isEqualTo("Rang the hall warden."));
  }

  private java.util.List<ViewCaseUseCase.Note> notes() {
    return server
        .fixture
        .confide
        .viewCase()
        .view(server.fixture.lead, new ViewCaseUseCase.Command(reference))
        .orElseThrow()
        .notes();
  }
}
