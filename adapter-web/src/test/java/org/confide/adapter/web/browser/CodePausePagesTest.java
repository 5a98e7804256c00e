package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member whose code sign-in is paused after wrong codes is told on the sign-in page, with
 * JavaScript off, how many minutes to wait; the page with that message passes axe-core, also at
 * phone width.
 */
@NeedsChromium
class CodePausePagesTest {

  private static final String ANALYST = "analyst@example.ac.uk";
  private PagesServer server;
  private Browser b;

  @BeforeEach
  void start() {
    server = new PagesServer();
    b = Browser.withoutJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  private void signIn(String code) {
    b.open(server.url("/staff/sign-in"));
    b.type("email", ANALYST);
    b.type("password", Fixture.PASSWORD);
    b.type("code", code);
    b.press("form[action='/staff/sign-in'] button");
  }

  @Test
  void a_paused_member_is_told_how_many_minutes_to_wait() {
    var clock = server.fixture.clock;
    var enrolled = TwoFactor.setUp(server.fixture.confide, server.fixture.logIn(ANALYST), clock);
    clock.advance(Duration.ofSeconds(30));
    // Five wrong codes on another node: a minute's pause.
    for (int i = 0; i < 5; i++) {
      server
          .fixture
          .confide
          .logInStaff()
          .logIn(
              new LogInStaffUseCase.Command(
                  ANALYST, Fixture.PASSWORD.toCharArray(), Optional.of("00000" + i)));
    }
    clock.advance(Duration.ofMinutes(1));

    // One more wrong code here: two minutes now, though this browser failed only once.
    signIn("999999".equals(code(enrolled)) ? "999998" : "999999");
    assertThat(b.errors()).singleElement().asString().startsWith("The email address, password");
    signIn(code(enrolled));

    assertThat(b.errors())
        .singleElement()
        .asString()
        .isEqualTo("Too many tries for this account: wait 2 minutes and try again");
    // With JavaScript, for axe-core, a minute on: still paused, and the message says so.
    b.close();
    b = Browser.withJavaScript();
    clock.advance(Duration.ofMinutes(1));
    signIn(code(enrolled));
    assertThat(b.errors())
        .containsExactly("Too many tries for this account: wait 1 minute and try again");
    b.assertAccessible();
    b.atPhoneWidth(b::assertAccessible);
    clock.advance(Duration.ofMinutes(1));
    signIn(code(enrolled));
    assertThat(b.errors()).isEmpty();
    assertThat(b.heading()).isNotEqualTo("Sign in");
  }

  private String code(TwoFactor.Enrolled enrolled) {
    return TwoFactor.codeAt(enrolled.secret(), server.fixture.clock.instant());
  }
}
