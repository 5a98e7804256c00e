package org.confide.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guessing limits slow the guessers, never the right people (issue 27, item 4): a flood of
 * wrong access codes from many addresses does not keep a reporter with the right code out, and a
 * flood of wrong passwords for a staff account does not lock its member out of a browser they have
 * signed in from before.
 *
 * <p>Every client here is behind a trusted proxy: the server trusts loopback ({@code
 * CONFIDE_TRUSTED_PROXIES=127.0.0.1}), and each simulated client names its own address in {@code
 * X-Forwarded-For}, as a load balancer would. The throttles live in memory, so this runs on H2
 * only.
 */
class LockoutTest extends AgainstTheServer {

  /** The overall limit on failed codes, and the limits per client and per account. */
  private static final int OVERALL = 100;

  private static final int LIMIT = 5;
  private static final String WRONG_PASSWORD = "not the password at all";

  @TempDir static Path directory;

  @Override
  RunningConfide start() {
    return RunningConfide.h2(directory, Map.of("CONFIDE_TRUSTED_PROXIES", "127.0.0.1"));
  }

  /** Each test starts with every throttle window passed. */
  @BeforeEach
  void waitOutTheWindow() {
    confide.clock.advance(Duration.ofMinutes(2));
  }

  private static Client.Reply tryCode(Client from, String code) {
    return from.post("/api/v1/reporter/session")
        .json("{\"accessCode\": " + Client.quote(code) + "}")
        .send();
  }

  private static Client.Reply tryCodeOnThePage(Client from, String code) {
    return World.present(from.post("/sign-in"), Optional.empty())
        .formWithToken(Map.of("code", code))
        .send();
  }

  @Test
  void a_right_code_from_a_fresh_address_is_accepted_after_a_flood_of_wrong_ones() {
    var code = world.report("canary-flooded").code();
    var flood = new TreeMap<Integer, Integer>();
    int addresses = OVERALL / LIMIT + 1;
    for (int a = 1; a <= addresses; a++) {
      var guesser = client.from("198.51.100." + a);
      for (int i = 0; i < LIMIT; i++) {
        var wrong = "ZZZZ-ZZZZ-ZZZZ-" + (1000 + a * 10 + i); // never issued
        flood.merge(tryCode(guesser, wrong).status(), 1, Integer::sum);
      }
    }
    // Past the overall limit, wrong codes are refused as throttled.
    assertThat(flood).containsExactly(Map.entry(401, OVERALL), Map.entry(429, LIMIT));
    var wrongFromFresh = tryCode(client.from("203.0.113.1"), "ZZZZ-ZZZZ-ZZZZ-9999");
    assertThat(wrongFromFresh.status()).isEqualTo(429);
    assertThat(wrongFromFresh.header("Retry-After")).isPresent();
    assertThat(tryCodeOnThePage(client.from("203.0.113.2"), "ZZZZ-ZZZZ-ZZZZ-9998").status())
        .isEqualTo(429);

    // A right one opens the report, through the API and through the page.
    var right = tryCode(client.from("203.0.113.3"), code);
    assertThat(right.status()).isEqualTo(200);
    assertThat(right.json().get("token").asText()).isNotBlank();
    var page = tryCodeOnThePage(client.from("203.0.113.4"), code);
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.location()).isEqualTo("/my-report");

    // A client that guessed wrong five times is still slowed, its right code too, as before.
    assertThat(tryCode(client.from("198.51.100.1"), code).status()).isEqualTo(429);
    confide.clock.advance(Duration.ofSeconds(61));
    assertThat(tryCode(client.from("198.51.100.1"), code).status()).isEqualTo(200);
  }

  @Test
  void a_flood_of_wrong_passwords_for_the_lead_does_not_lock_the_lead_out_of_a_known_device() {
    // The lead has signed in from this browser before, with password and code.
    var leadsBrowser = client.from("192.0.2.10");
    var before =
        StaffLogin.logIn(
            leadsBrowser, StaffLogin.Via.PAGE, World.LEAD, RunningConfide.PASSWORD, Map.of());
    assertThat(before.status()).isEqualTo(303);
    var device = before.cookies().get(Cookies.DEVICE);
    assertThat(device).isNotBlank();
    assertThat(before.raw().headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith(Cookies.DEVICE + "="))
        .singleElement()
        .satisfies(cookie ->
            assertThat(cookie)
                .contains("; Path=/staff;", "; Max-Age=", "; HttpOnly", "; SameSite=Strict"));

    // Wrong passwords for the lead from many other addresses, through the API and the page.
    var flood = new TreeMap<Integer, Integer>();
    for (int a = 1; a <= 10; a++) {
      var guesser = client.from("198.51.100." + (100 + a));
      for (var via : StaffLogin.Via.values()) {
        flood.merge(
            StaffLogin.logIn(guesser, via, World.LEAD, WRONG_PASSWORD, Map.of()).status(),
            1,
            Integer::sum);
      }
    }
    assertThat(flood.keySet()).containsOnly(401, 429);
    assertThat(flood.get(401)).isEqualTo(LIMIT);

    // The lead, on their own browser, signs in with the right password and code, from wherever
    // that browser is now.
    var known = Map.of(Cookies.DEVICE, device);
    var lead =
        StaffLogin.logIn(
            client.from("192.0.2.77"),
            StaffLogin.Via.PAGE,
            World.LEAD,
            RunningConfide.PASSWORD,
            known);
    assertThat(lead.status()).isEqualTo(303);
    assertThat(lead.cookies().get(Cookies.STAFF)).isNotBlank();

    // Anyone else is still slowed, the right password and code included: another browser, the
    // lead's own address without the cookie, and the API.
    assertThat(
            StaffLogin.logIn(
                    client.from("192.0.2.11"),
                    StaffLogin.Via.PAGE,
                    World.LEAD,
                    RunningConfide.PASSWORD,
                    Map.of())
                .status())
        .isEqualTo(429);
    assertThat(
            StaffLogin.logIn(
                    leadsBrowser,
                    StaffLogin.Via.PAGE,
                    World.LEAD,
                    RunningConfide.PASSWORD,
                    Map.of())
                .status())
        .isEqualTo(429);
    assertThat(
            StaffLogin.logIn(
                    leadsBrowser, StaffLogin.Via.API, World.LEAD, RunningConfide.PASSWORD, Map.of())
                .status())
        .isEqualTo(429);
  }

  @Test
  void a_known_device_has_a_budget_of_its_own_and_for_its_own_account_only() {
    var browser = client.from("192.0.2.20");
    var signedIn =
        StaffLogin.logIn(
            browser, StaffLogin.Via.PAGE, World.ANALYST, RunningConfide.PASSWORD, Map.of());
    var device = signedIn.cookies().get(Cookies.DEVICE);
    assertThat(device).isNotBlank();
    var known = Map.of(Cookies.DEVICE, device);

    // Guessing from the known device is as slow as from anywhere: five wrong, then 429.
    var guesses = new TreeMap<Integer, Integer>();
    for (int i = 0; i < LIMIT + 2; i++) {
      guesses.merge(
          StaffLogin.logIn(browser, StaffLogin.Via.PAGE, World.ANALYST, WRONG_PASSWORD, known)
              .status(),
          1,
          Integer::sum);
    }
    assertThat(guesses).containsExactly(Map.entry(401, LIMIT), Map.entry(429, 2));
    // Those did not use up the account's budget for every other browser.
    assertThat(
            StaffLogin.logIn(
                    client.from("192.0.2.22"),
                    StaffLogin.Via.API,
                    World.ANALYST,
                    RunningConfide.PASSWORD,
                    Map.of())
                .status())
        .isEqualTo(200);

    // The cookie is the analyst's: for another account, or altered, it is an unknown browser's.
    confide.clock.advance(Duration.ofSeconds(61));
    for (var member : new String[] {World.ANALYST, World.ADVISER_B}) {
      for (int a = 1; a <= LIMIT; a++) {
        var guesser = client.from("198.51.100." + (200 + a));
        StaffLogin.logIn(guesser, StaffLogin.Via.API, member, WRONG_PASSWORD, Map.of());
      }
    }
    assertThat(
            StaffLogin.logIn(
                    browser, StaffLogin.Via.PAGE, World.ADVISER_B, RunningConfide.PASSWORD, known)
                .status())
        .isEqualTo(429);
    var altered = device.substring(0, device.length() - 1) + (device.endsWith("A") ? "B" : "A");
    assertThat(
            StaffLogin.logIn(
                    browser,
                    StaffLogin.Via.PAGE,
                    World.ANALYST,
                    RunningConfide.PASSWORD,
                    Map.of(Cookies.DEVICE, altered))
                .status())
        .isEqualTo(429);
    assertThat(
            StaffLogin.logIn(
                    browser, StaffLogin.Via.PAGE, World.ANALYST, RunningConfide.PASSWORD, known)
                .status())
        .isEqualTo(303);
  }

  @Test
  void over_tls_the_known_device_cookie_is_secure_with_the_host_prefix() {
    var browser = client.from("192.0.2.30").with("X-Forwarded-Proto", "https");
    var signedIn =
        StaffLogin.logIn(
            browser, StaffLogin.Via.PAGE, World.ADVISER_A, RunningConfide.PASSWORD, Map.of());
    assertThat(signedIn.status()).isEqualTo(303);
    assertThat(signedIn.raw().headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("__Host-" + Cookies.DEVICE + "="))
        .singleElement()
        .satisfies(cookie ->
            assertThat(cookie)
                .contains("; Path=/;", "; Secure", "; HttpOnly", "; SameSite=Strict")
                .doesNotContainIgnoringCase("domain"));
  }
}
