package org.confide.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.Test;

class PendingSignInsTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
  private final PendingSignIns pending =
      new PendingSignIns(FormKey.random(new SecureRandom()), clock);

  @Test
  void a_sealed_sign_in_opens_until_it_expires() {
    var cookie = pending.seal("adviser@example.ac.uk");

    assertThat(pending.open(cookie)).contains("adviser@example.ac.uk");
    clock.advance(PendingSignIns.LIFETIME.minusSeconds(1));
    assertThat(pending.open(cookie)).contains("adviser@example.ac.uk");
    clock.advance(Duration.ofSeconds(1));
    assertThat(pending.open(cookie)).isEmpty();
  }

  @Test
  void anything_this_server_did_not_seal_opens_nothing() {
    var cookie = pending.seal("adviser@example.ac.uk");
    var other = new PendingSignIns(FormKey.random(new SecureRandom()), clock);
    var altered = (cookie.charAt(20) == 'A' ? 'B' : 'A');

    assertThat(other.open(cookie)).isEmpty();
    assertThat(pending.open(cookie.substring(0, 20) + altered + cookie.substring(21))).isEmpty();
    assertThat(pending.open("not base64 at all!")).isEmpty();
    assertThat(pending.open("A")).isEmpty();
    assertThat(pending.open("")).isEmpty();
    assertThat(pending.open(null)).isEmpty();
    assertThat(pending.open("A".repeat(3000))).isEmpty();
  }
}
