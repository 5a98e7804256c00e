package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member sees where they are signed in and ends a session elsewhere, with JavaScript off; ending
 * their own signs them out. The page passes axe-core and fits a phone.
 */
@NeedsChromium
class OwnSessionsPagesTest {

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

  @Test
  void a_member_ends_a_session_elsewhere_then_their_own_without_javascript() {
    b = Browser.withoutJavaScript();
    b.signInAsAdministrator(server);
    b.press("a[href='/staff/sessions']");
    assertThat(b.heading()).isEqualTo("Where you are signed in");
    // The fixture's own session of the administrator, and this browser's.
    assertThat(b.findAll("li.session")).hasSize(2);
    assertThat(b.findAll("li.session strong"))
        .singleElement()
        .satisfies(mark -> assertThat(mark.getText()).isEqualTo("(this one)"));

    b.press("li.session:not(:has(strong)) form button");

    assertThat(b.text(".notice")).isEqualTo("That session has ended.");
    assertThat(b.findAll("li.session")).hasSize(1);
    assertThat(server.fixture.confide.identifyStaff().identify(server.fixture.admin).isDone())
        .isFalse();
    b.press("li.session form button");
    assertThat(b.text(".notice")).isEqualTo("You have signed out.");
  }

  @Test
  void the_page_passes_axe_and_fits_a_phone() {
    b = Browser.withJavaScript();
    b.signInAsAdministrator(server);
    b.open(server.url("/staff/sessions"));
    b.assertFitsAPhoneAndAccessible();
    b.press("li.session:not(:has(strong)) form button");
    assertThat(b.text(".notice")).isEqualTo("That session has ended.");
    b.assertFitsAPhoneAndAccessible();
  }
}
