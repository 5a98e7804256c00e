package org.confide.adapter.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Staff single sign-on over real HTTP, against a real OpenID Connect provider run by the test: the
 * whole authorization code flow with PKCE, and every way a return from the provider can be wrong.
 * Every failure is a page that says so, never a 500, and never a session.
 */
class SingleSignOnTest {

  private static final String ADVISER = "adviser@example.ac.uk";
  private static final String STAFF_COOKIE = "confide_staff";
  private static final String STARTED_COOKIE = "confide_sso";

  private final Provider provider = new Provider();
  private final Fixture fixture = new Fixture();
  private Javalin app;
  private SignInClient browser;

  private void serve(SingleSignOnSettings sso) {
    app =
        WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true), sso)
            .start("127.0.0.1", 0);
    browser = new SignInClient("http://127.0.0.1:" + app.port());
  }

  private void serveWithSecondFactorStandingIn() {
    serve(
        SingleSignOnSettings.through(
            SingleSignOnSettings.Provider.of(
                    provider.issuer(), Provider.CLIENT_ID, Provider.CLIENT_SECRET)
                .named("Example University")
                .withSecondFactorStandingIn(Set.of("mfa"), Set.of())));
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
    provider.close();
  }

  /** Starts a sign-in, lets the provider sign the member in, and answers where it sends them. */
  private String throughTheProvider() {
    return throughTheProvider("/staff/sign-in/sso");
  }

  /** {@link #throughTheProvider()}, starting at {@code start}. */
  private String throughTheProvider(String startAt) {
    var start = browser.get(startAt);
    assertThat(start.statusCode()).isEqualTo(303);
    var authorize = start.headers().firstValue("Location").orElseThrow();
    assertThat(authorize)
        .startsWith(provider.issuer().toString())
        .contains("code_challenge_method=S256")
        .contains("nonce=")
        .contains("state=");
    assertThat(browser.cookies).containsKey(STARTED_COOKIE);
    var back = browser.get(authorize);
    assertThat(back.statusCode()).isEqualTo(302);
    return back.headers().firstValue("Location").orElseThrow();
  }

  private HttpResponse<String> signIn() {
    return browser.get(throughTheProvider());
  }

  private void requireTwoFactor() {
    assertThat(
            fixture
                .confide
                .requireTwoFactor()
                .require(fixture.admin, RequireTwoFactorUseCase.Command.on())
                .isDone())
        .isTrue();
  }

  /** Signs {@code email} in with the shared password on the staff sign-in page. */
  private HttpResponse<String> passwordOnThePage(String email) {
    var page = browser.get("/staff/sign-in");
    return browser.post(
        "/staff/sign-in",
        Map.of(
            "csrf",
            SignInClient.formToken(page.body()),
            "email",
            email,
            "password",
            Fixture.PASSWORD));
  }

  private void assertRefusedWithoutSession(HttpResponse<String> response, String says) {
    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(response.body()).contains(says);
    assertThat(browser.cookies).doesNotContainKey(STAFF_COOKIE);
    assertThat(browser.get("/staff/cases").statusCode()).isEqualTo(303);
  }

  @Nested
  class Signing_in {

    @Test
    void the_sign_in_page_offers_the_provider_by_name() {
      serveWithSecondFactorStandingIn();

      var page = browser.get("/staff/sign-in");

      assertThat(page.body())
          .contains("href=\"/staff/sign-in/sso\"")
          .contains("Sign in with Example University")
          .contains("Or sign in with your Confide password");
    }

    @Test
    void a_verified_member_with_the_providers_second_factor_gets_an_ordinary_staff_session() {
      requireTwoFactor();
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("pwd", "mfa"));

      var signedIn = signIn();

      assertThat(signedIn.statusCode()).isEqualTo(200);
      // The browser came from another site: a page of ours moves it on, so that the strict
      // session cookie goes with it.
      assertThat(signedIn.body())
          .contains("<meta http-equiv=\"refresh\" content=\"0; url=/staff\">");
      assertThat(browser.cookies).containsKey(STAFF_COOKIE).doesNotContainKey(STARTED_COOKIE);
      assertThat(browser.get("/staff/cases").statusCode()).isEqualTo(200);
      var api =
          new SignInClient("http://127.0.0.1:" + app.port())
              .getWithBearer("/api/v1/staff/cases", browser.cookies.get(STAFF_COOKIE));
      assertThat(api.statusCode()).isEqualTo(200);
    }

    @Test
    void signing_out_ends_the_session_and_offers_the_providers_sign_out() {
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("mfa"));
      signIn();
      var token = browser.cookies.get(STAFF_COOKIE);
      var cases = browser.get("/staff/cases");

      var out =
          browser.post("/staff/sign-out", Map.of("csrf", SignInClient.formToken(cases.body())));

      assertThat(out.statusCode()).isEqualTo(303);
      var signedOut = browser.get(out.headers().firstValue("Location").orElseThrow());
      assertThat(signedOut.body())
          .contains("You have signed out.")
          .contains("Also sign out of Example University")
          .contains(provider.server.endSessionEndpointUrl(Provider.ISSUER_ID).toString());
      assertThat(
              new SignInClient("http://127.0.0.1:" + app.port())
                  .getWithBearer("/api/v1/staff/cases", token)
                  .statusCode())
          .isEqualTo(401);
    }
  }

  @Nested
  class In_the_language_the_member_started_in {

    @Test
    void the_pages_after_the_provider_are_in_welsh_and_the_language_never_leaves_for_it() {
      requireTwoFactor();
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("mfa"));
      var page = browser.get("/staff/sign-in?lang=cy");
      assertThat(page.body()).contains("href=\"/staff/sign-in/sso?lang=cy\"");

      var start = browser.get("/staff/sign-in/sso?lang=cy");
      var authorize = start.headers().firstValue("Location").orElseThrow();
      // The provider is told nothing of the language; it waits with the sign-in's state, in the
      // one cookie of the sign-in, for its few minutes, and nothing else is set.
      assertThat(authorize).doesNotContain("lang");
      assertThat(start.headers().allValues("Set-Cookie"))
          .singleElement()
          .satisfies(cookie ->
              assertThat(cookie).startsWith(STARTED_COOKIE + "=").contains("Max-Age=600"));
      var callback = browser.get(authorize).headers().firstValue("Location").orElseThrow();
      assertThat(callback).doesNotContain("lang");

      var signedIn = browser.get(callback);

      assertThat(signedIn.statusCode()).isEqualTo(200);
      assertThat(signedIn.body())
          .contains("<html lang=\"cy\">")
          .contains("Wedi mewngofnodi")
          .contains("<meta http-equiv=\"refresh\" content=\"0; url=/staff?lang=cy\">");
      assertThat(browser.cookies).containsKey(STAFF_COOKIE).doesNotContainKey(STARTED_COOKIE);
      var cases = browser.get("/staff/cases?lang=cy");
      assertThat(cases.statusCode()).isEqualTo(200);
      assertThat(cases.body()).contains("<html lang=\"cy\">");
    }

    @Test
    void a_member_unknown_to_confide_started_in_welsh_is_told_why_in_welsh() {
      serveWithSecondFactorStandingIn();
      provider.nextSignIn("stranger@example.ac.uk", List.of("mfa"));
      var start = browser.get("/staff/sign-in/sso?lang=cy");
      var authorize = start.headers().firstValue("Location").orElseThrow();
      var callback = browser.get(authorize).headers().firstValue("Location").orElseThrow();

      var refused = browser.get(callback);

      assertRefusedWithoutSession(
          refused,
          "Does dim cyfrif staff Confide ar gyfer y cyfeiriad e-bost a roddodd system fewngofnodi"
              + " eich sefydliad.");
      assertThat(refused.body()).contains("<html lang=\"cy\">");
    }

    @Test
    void confides_own_code_is_asked_in_welsh_and_leads_on_in_welsh() {
      var enrolled = TwoFactor.setUp(fixture.confide, fixture.adviser, fixture.clock);
      fixture.clock.advance(java.time.Duration.ofSeconds(60));
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("pwd"));

      var asked = browser.get(throughTheProvider("/staff/sign-in/sso?lang=cy"));

      assertThat(asked.body())
          .contains("<html lang=\"cy\">")
          .contains("Rhowch y cod o'ch ap dilysu")
          .contains("<input type=\"hidden\" name=\"lang\" value=\"cy\">")
          .contains("form=\"sso-code\" name=\"switch-language\" value=\"en\"");
      // Its language switch shows the page in English and counts no try.
      var english =
          browser.post(
              "/staff/sign-in/sso/code",
              Map.of(
                  "csrf", SignInClient.formToken(asked.body()),
                  "lang", "cy",
                  "code", "000000",
                  "switch-language", "en"));
      assertThat(english.statusCode()).isEqualTo(200);
      assertThat(english.body())
          .contains("<html lang=\"en\">")
          .contains("Enter the code from your authenticator app")
          .doesNotContain("000000");
      assertThat(browser.cookies).doesNotContainKey(STAFF_COOKIE);
      var wrong =
          browser.post(
              "/staff/sign-in/sso/code",
              Map.of("csrf", SignInClient.formToken(asked.body()), "lang", "cy", "code", "000000"));
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).contains("<html lang=\"cy\">").contains("Dydy'r cod ddim yn iawn");
      var code = Totp.code(Totp.fromBase32(enrolled.secret()), Totp.step(fixture.clock.instant()));
      var right =
          browser.post(
              "/staff/sign-in/sso/code",
              Map.of("csrf", SignInClient.formToken(wrong.body()), "lang", "cy", "code", code));
      assertThat(right.headers().firstValue("Location")).hasValue("/staff?lang=cy");
    }

    @Test
    void a_member_who_cancels_is_told_so_in_welsh_and_one_who_asked_nothing_in_english() {
      serveWithSecondFactorStandingIn();
      var callback = throughTheProvider("/staff/sign-in/sso?lang=cy");
      var state = callback.replaceAll(".*[?&]state=([^&]+).*", "$1");

      var cancelled =
          browser.get(
              callback.substring(0, callback.indexOf('?')) + "?error=access_denied&state=" + state);

      assertThat(cancelled.statusCode()).isEqualTo(400);
      assertThat(cancelled.body())
          .contains("<html lang=\"cy\">")
          .contains("Wnaeth mewngofnodi sengl ddim gweithio")
          .contains("href=\"/staff/sign-in?lang=cy\"");
      provider.nextSignIn(ADVISER, List.of("mfa"));
      var english = browser.get(throughTheProvider());
      assertThat(english.body()).contains("<html lang=\"en\">").contains("Signed in");
    }
  }

  @Nested
  class Confides_own_second_factor {

    @Test
    void is_still_asked_of_a_member_with_an_app_when_the_token_shows_no_second_factor() {
      var enrolled = TwoFactor.setUp(fixture.confide, fixture.adviser, fixture.clock);
      fixture.clock.advance(java.time.Duration.ofSeconds(60));
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("pwd"));

      var asked = signIn();

      assertThat(asked.statusCode()).isEqualTo(200);
      assertThat(asked.body()).contains("Enter the code from your authenticator app");
      assertThat(browser.cookies).doesNotContainKey(STAFF_COOKIE);
      var wrong =
          browser.post(
              "/staff/sign-in/sso/code",
              Map.of("csrf", SignInClient.formToken(asked.body()), "code", "000000"));
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(browser.cookies).doesNotContainKey(STAFF_COOKIE);
      var code = Totp.code(Totp.fromBase32(enrolled.secret()), Totp.step(fixture.clock.instant()));
      var right =
          browser.post(
              "/staff/sign-in/sso/code",
              Map.of("csrf", SignInClient.formToken(wrong.body()), "code", code));
      assertThat(right.statusCode()).isEqualTo(303);
      assertThat(browser.get("/staff/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void is_still_asked_when_the_deployer_does_not_let_the_providers_stand_in() {
      TwoFactor.setUp(fixture.confide, fixture.adviser, fixture.clock);
      serve(
          SingleSignOnSettings.through(
              SingleSignOnSettings.Provider.of(
                  provider.issuer(), Provider.CLIENT_ID, Provider.CLIENT_SECRET)));
      provider.nextSignIn(ADVISER, List.of("mfa"));

      assertThat(signIn().body()).contains("Enter the code from your authenticator app");
      assertThat(browser.cookies).doesNotContainKey(STAFF_COOKIE);
    }

    @Test
    void must_be_set_up_first_by_a_member_without_one_when_it_is_required() {
      requireTwoFactor();
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("pwd"));

      signIn();

      var cases = browser.get("/staff/cases");
      assertThat(cases.statusCode()).isEqualTo(303);
      assertThat(cases.headers().firstValue("Location")).hasValue("/staff/two-factor");
    }

    @Test
    void a_code_form_without_the_providers_sign_in_is_refused() {
      serveWithSecondFactorStandingIn();
      var page = browser.get("/staff/sign-in");

      var forged =
          browser.post(
              "/staff/sign-in/sso/code",
              Map.of("csrf", SignInClient.formToken(page.body()), "code", "123456"));

      assertRefusedWithoutSession(forged, "not started in this browser");
    }
  }

  @Nested
  class Refusals {

    @Test
    void a_wrong_state_is_refused() {
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("mfa"));
      var callback = throughTheProvider();

      var refused = browser.get(callback.replaceAll("state=[^&]+", "state=not-the-state"));

      assertRefusedWithoutSession(refused, "Single sign-on did not work");
    }

    @Test
    void a_return_without_a_started_sign_in_is_refused() {
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("mfa"));
      var callback = throughTheProvider();
      browser.cookies.remove(STARTED_COOKIE);

      assertRefusedWithoutSession(browser.get(callback), "not started in this browser");
    }

    @Test
    void a_replayed_code_is_refused() {
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("mfa"));
      var callback = throughTheProvider();
      var started = browser.cookies.get(STARTED_COOKIE);
      assertThat(browser.get(callback).statusCode()).isEqualTo(200);
      browser.cookies.clear();

      browser.cookies.put(STARTED_COOKIE, started);
      var replayed = browser.get(callback);

      assertRefusedWithoutSession(replayed, "Single sign-on did not work");
    }

    @Test
    void a_wrong_nonce_is_refused() {
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("mfa"));
      var callback = throughTheProvider();
      var parts = browser.cookies.get(STARTED_COOKIE).split("\\.");
      browser.cookies.put(
          STARTED_COOKIE,
          parts[0] + ".another-nonce-of-enough-length." + parts[2] + "." + parts[3]);

      assertRefusedWithoutSession(browser.get(callback), "Single sign-on did not work");
    }

    /**
     * A sign-in whose return is real but whose token endpoint answers the token {@code crafted}
     * makes for this sign-in's nonce: refused.
     */
    private void assertRefused(Function<String, String> crafted) {
      serveWithSecondFactorStandingIn();
      var callback = throughTheProvider();
      provider.nextTokenAnswer(crafted.apply(nonce()));

      assertRefusedWithoutSession(browser.get(callback), "Single sign-on did not work");
    }

    @Test
    void an_expired_token_is_refused() {
      var anHourAgo = Instant.now().minusSeconds(3600);
      assertRefused(nonce ->
          provider.signed(
              provider
                  .claims(nonce, ADVISER)
                  .issueTime(Date.from(anHourAgo.minusSeconds(300)))
                  .expirationTime(Date.from(anHourAgo))
                  .build()));
    }

    @Test
    void a_token_for_another_audience_is_refused() {
      assertRefused(nonce ->
          provider.signed(provider.claims(nonce, ADVISER).audience("another-application").build()));
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
      assertRefused(nonce ->
          provider.signed(
              provider.claims(nonce, ADVISER).issuer("https://elsewhere.example").build()));
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
      assertRefused(
          nonce -> provider.signedWithAnotherKey(provider.claims(nonce, ADVISER).build()));
    }

    @Test
    void an_unsigned_token_is_refused() {
      assertRefused(nonce -> Provider.unsigned(provider.claims(nonce, ADVISER).build()));
    }

    @Test
    void the_same_token_well_signed_is_accepted() {
      // The control for the three above: only what they change makes them fail.
      serveWithSecondFactorStandingIn();
      var callback = throughTheProvider();
      provider.nextTokenAnswer(provider.signed(provider.claims(nonce(), ADVISER).build()));

      assertThat(browser.get(callback).statusCode()).isEqualTo(200);
      assertThat(browser.get("/staff/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unverified_email_is_refused() {
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(
          Map.of("email", ADVISER, "email_verified", false, "amr", List.of("mfa")),
          List.of(Provider.CLIENT_ID),
          300);

      assertRefusedWithoutSession(signIn(), "did not confirm your email address");
    }

    @Test
    void a_token_without_an_email_is_refused() {
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(Map.of("amr", List.of("mfa")), List.of(Provider.CLIENT_ID), 300);

      assertRefusedWithoutSession(signIn(), "did not say which email address is yours");
    }

    @Test
    void a_member_unknown_to_confide_is_refused_and_no_account_is_made() {
      serveWithSecondFactorStandingIn();
      provider.nextSignIn("stranger@example.ac.uk", List.of("mfa"));

      assertRefusedWithoutSession(signIn(), "no Confide staff account");
      assertThat(
              fixture.ports.staffDirectory().findByEmail(EmailAddress.of("stranger@example.ac.uk")))
          .isEmpty();
    }

    @Test
    void a_deactivated_member_is_refused() {
      assertThat(
              fixture
                  .confide
                  .deactivateStaff()
                  .deactivate(
                      fixture.admin, new DeactivateStaffUseCase.Command(EmailAddress.of(ADVISER)))
                  .isDone())
          .isTrue();
      serveWithSecondFactorStandingIn();
      provider.nextSignIn(ADVISER, List.of("mfa"));

      assertRefusedWithoutSession(signIn(), "deactivated");
    }

    @Test
    void a_member_who_cancels_at_the_provider_is_told_so() {
      serveWithSecondFactorStandingIn();
      var callback = throughTheProvider();
      var state = callback.replaceAll(".*[?&]state=([^&]+).*", "$1");
      var cancelled =
          callback.substring(0, callback.indexOf('?')) + "?error=access_denied&state=" + state;

      assertRefusedWithoutSession(browser.get(cancelled), "did not sign you in");
    }

    private String nonce() {
      return browser.cookies.get(STARTED_COOKIE).split("\\.")[1];
    }
  }

  @Nested
  class When_the_provider_cannot_be_reached {

    @Test
    void confide_starts_and_says_single_sign_on_is_unavailable_and_passwords_still_work()
        throws Exception {
      int closed;
      try (var socket = new ServerSocket(0)) {
        closed = socket.getLocalPort();
      }
      serve(
          SingleSignOnSettings.through(
              SingleSignOnSettings.Provider.of(
                  URI.create("http://127.0.0.1:" + closed + "/nobody"),
                  Provider.CLIENT_ID,
                  Provider.CLIENT_SECRET)));

      assertThat(browser.get("/staff/sign-in").body()).contains("Sign in with your organisation");
      var unavailable = browser.get("/staff/sign-in/sso");
      assertThat(unavailable.statusCode()).isEqualTo(503);
      assertThat(unavailable.body()).contains("Single sign-on is not available");
      assertThat(browser.cookies).doesNotContainKey(STAFF_COOKIE);
      assertThat(passwordOnThePage(ADVISER).statusCode()).isEqualTo(303);
    }
  }

  @Nested
  class With_password_sign_in_turned_off {

    private void serveWithBreakGlass() {
      serve(
          SingleSignOnSettings.through(
                  SingleSignOnSettings.Provider.of(
                      provider.issuer(), Provider.CLIENT_ID, Provider.CLIENT_SECRET))
              .withPasswordSignInOnlyFor(Set.of("Admin@Example.ac.uk")));
    }

    @Test
    void a_member_is_sent_to_single_sign_on_on_the_page_and_in_the_api() {
      serveWithBreakGlass();
      assertThat(browser.get("/staff/sign-in").body())
          .contains("Emergency access for administrators");

      var refused = passwordOnThePage(ADVISER);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("Password sign-in is turned off");
      assertThat(browser.cookies).doesNotContainKey(STAFF_COOKIE);
      var api =
          browser.postJson(
              "/api/v1/staff/session",
              "{\"email\":\"" + ADVISER + "\",\"password\":\"" + Fixture.PASSWORD + "\"}");
      assertThat(api.statusCode()).isEqualTo(403);
      assertThat(api.body()).contains("Password sign-in is turned off");
    }

    @Test
    void a_break_glass_administrator_still_signs_in_with_a_password() {
      serveWithBreakGlass();

      var api =
          browser.postJson(
              "/api/v1/staff/session",
              "{\"email\":\"admin@example.ac.uk\",\"password\":\"" + Fixture.PASSWORD + "\"}");

      assertThat(api.statusCode()).isEqualTo(200);
    }
  }
}
