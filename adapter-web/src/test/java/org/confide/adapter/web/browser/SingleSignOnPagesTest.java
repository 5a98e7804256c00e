package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.sso.Provider;
import org.confide.application.crypto.Totp;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on in Chromium, against a real OpenID Connect provider on another site (localhost, as
 * against Confide's 127.0.0.1): the browser really comes back from another site, so the strict
 * session cookie must still reach the staff pages. Every page of it passes axe-core, its refusals
 * and its error states included.
 */
@NeedsChromium
class SingleSignOnPagesTest {

  private static final String ADVISER = "adviser@example.ac.uk";

  private final Provider provider = new Provider();
  private final Fixture fixture = new Fixture();
  private Javalin app;
  private Browser b;

  @BeforeEach
  void start() {
    var sso =
        SingleSignOnSettings.through(
            SingleSignOnSettings.Provider.of(
                    provider.issuer(), Provider.CLIENT_ID, Provider.CLIENT_SECRET)
                .named("Example University")
                .withSecondFactorStandingIn(Set.of("mfa"), Set.of()));
    app =
        WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true), sso)
            .start("127.0.0.1", 0);
    b = Browser.withJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, provider, app::stop);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  private void waitFor(String path) {
    new WebDriverWait(b.driver, Duration.ofSeconds(10))
        .until(driver -> driver.getCurrentUrl().endsWith(path));
  }

  @Test
  void a_member_signs_in_with_the_provider_reaches_their_cases_and_signs_out_of_both() {
    provider.nextSignIn(ADVISER, List.of("mfa"));
    b.open(url("/staff/sign-in"));
    b.assertAccessible();

    b.find("a[href='/staff/sign-in/sso']").click();

    waitFor("/staff/cases");
    assertThat(b.heading()).isNotEqualTo("Sign in to case work");
    b.assertAccessible();
    b.press("form[action='/staff/sign-out'] button");
    assertThat(b.text(".notice")).isEqualTo("You have signed out.");
    assertThat(
            b.find("a[href^='" + provider.server.endSessionEndpointUrl(Provider.ISSUER_ID) + "']")
                .getText())
        .isEqualTo("Also sign out of Example University");
    b.assertAccessible();
  }

  @Test
  void a_member_with_an_app_gives_its_code_after_the_provider_and_a_wrong_one_is_an_error() {
    var enrolled = TwoFactor.setUp(fixture.confide, fixture.adviser, fixture.clock);
    fixture.clock.advance(Duration.ofSeconds(60));
    provider.nextSignIn(ADVISER, List.of("pwd"));
    b.open(url("/staff/sign-in"));

    b.find("a[href='/staff/sign-in/sso']").click();
    new WebDriverWait(b.driver, Duration.ofSeconds(10))
        .until(driver -> driver.getCurrentUrl().contains("/staff/sign-in/sso/callback"));

    assertThat(b.heading()).isEqualTo("Enter the code from your authenticator app");
    b.assertAccessible();
    b.type("code", "000000");
    b.press("form[action='/staff/sign-in/sso/code'] button");
    assertThat(b.errors())
        .containsExactly(
            "The code is not right. A code works once: wait for your app to show the next one");
    b.assertAccessible();
    b.type(
        "code", Totp.code(Totp.fromBase32(enrolled.secret()), Totp.step(fixture.clock.instant())));
    b.press("form[action='/staff/sign-in/sso/code'] button");
    waitFor("/staff/cases");
  }

  @Test
  void a_member_unknown_to_confide_is_refused_with_a_page_that_says_why() {
    provider.nextSignIn("stranger@example.ac.uk", List.of("mfa"));
    b.open(url("/staff/sign-in"));

    b.find("a[href='/staff/sign-in/sso']").click();
    new WebDriverWait(b.driver, Duration.ofSeconds(10))
        .until(driver -> driver.getCurrentUrl().contains("/staff/sign-in/sso/callback"));

    assertThat(b.heading()).isEqualTo("You cannot sign in to case work");
    assertThat(b.text("main p")).contains("no Confide staff account");
    b.assertAccessible();
    b.open(url("/staff/cases"));
    waitFor("/staff/sign-in");
  }

  @Test
  void a_return_that_was_not_started_here_is_refused_with_a_page_that_says_why() {
    b.open(url("/staff/sign-in/sso/callback?code=anything&state=anything"));

    assertThat(b.heading()).isEqualTo("Single sign-on did not work");
    b.assertAccessible();
  }
}
