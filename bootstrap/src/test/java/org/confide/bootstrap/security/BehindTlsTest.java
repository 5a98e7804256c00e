package org.confide.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.bootstrap.ConfideServer;
import org.confide.bootstrap.Configuration;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The started server with {@code CONFIDE_BEHIND_TLS=true}, over real HTTP: every answer carries
 * {@code Strict-Transport-Security} and every cookie is {@code Secure} with the {@code __Host-}
 * prefix; without the setting, a trusted proxy's {@code X-Forwarded-Proto: https} does the same for
 * its request, and anyone else's does nothing.
 */
class BehindTlsTest {

  private static final String HSTS = "max-age=63072000; includeSubDomains";

  private static ConfideServer start(Map<String, String> settings) {
    var environment = new java.util.HashMap<>(settings);
    environment.put("CONFIDE_STORE", "memory");
    environment.put("CONFIDE_PORT", "0");
    var configuration =
        ((Configuration.Reading.Valid) Configuration.read(environment)).configuration();
    return ConfideServer.start(
        configuration,
        Argon2idPasswords.Parameters.forTestsOnly(),
        new MutableClock(java.time.Instant.parse("2026-11-02T10:00:00Z")));
  }

  @Test
  void behind_tls_every_answer_carries_hsts_and_every_cookie_is_secure_with_the_host_prefix() {
    try (var server = start(Map.of("CONFIDE_BEHIND_TLS", "true"))) {
      var client = new Client(server.port(), java.time.Clock.systemUTC());
      for (var path : new String[] {"/health", "/", "/sign-in", "/api/v1/questionnaire", "/x"}) {
        assertThat(client.get(path).send().header("Strict-Transport-Security"))
            .as(path)
            .hasValue(HSTS);
      }
      var page = client.get("/sign-in").send();
      assertThat(page.raw().headers().allValues("Set-Cookie"))
          .singleElement()
          .satisfies(cookie ->
              assertThat(cookie)
                  .startsWith("__Host-confide_form=")
                  .contains("; Path=/;", "; Secure", "; HttpOnly", "; SameSite=Strict")
                  .doesNotContainIgnoringCase("domain"));
    }
  }

  @Test
  void without_it_only_a_trusted_proxy_says_a_request_came_over_tls() {
    try (var server = start(Map.of("CONFIDE_TRUSTED_PROXIES", "127.0.0.1"))) {
      var client = new Client(server.port(), java.time.Clock.systemUTC());
      var proxied = client.get("/sign-in").header("X-Forwarded-Proto", "https").send();
      assertThat(proxied.header("Strict-Transport-Security")).hasValue(HSTS);
      assertThat(proxied.header("Set-Cookie").orElseThrow())
          .startsWith("__Host-confide_form=")
          .contains("; Secure");
      var plain = client.get("/sign-in").send();
      assertThat(plain.header("Strict-Transport-Security")).isEmpty();
      assertThat(plain.header("Set-Cookie").orElseThrow()).startsWith("confide_form=");
    }
    try (var server = start(Map.of())) {
      var client = new Client(server.port(), java.time.Clock.systemUTC());
      var untrusted = client.get("/sign-in").header("X-Forwarded-Proto", "https").send();
      assertThat(untrusted.header("Strict-Transport-Security")).isEmpty();
      assertThat(untrusted.header("Set-Cookie").orElseThrow())
          .startsWith("confide_form=")
          .doesNotContain("Secure");
    }
  }
}
