package org.confide.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.Test;

class KnownDevicesTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
  private final FormKey key = FormKey.random(new SecureRandom());
  private final KnownDevices devices = new KnownDevices(key, clock);

  @Test
  void a_cookie_is_recognised_for_its_own_account_whatever_the_case_of_the_email() {
    var cookie = devices.remember("Lead@Example.ac.uk", Optional.empty());
    var id = devices.recognise(" lead@example.ac.uk", cookie);
    assertThat(id).isPresent();
    assertThat(cookie).contains(id.get());
    // Remembered again, the device keeps its id (and so its budget), with a new expiry.
    clock.advance(Duration.ofDays(1));
    var renewed = devices.remember("lead@example.ac.uk", id);
    assertThat(renewed).isNotEqualTo(cookie);
    assertThat(devices.recognise("lead@example.ac.uk", renewed)).isEqualTo(id);
  }

  @Test
  void a_cookie_for_another_account_an_altered_one_or_garbage_is_not_recognised() {
    var cookie = devices.remember("lead@example.ac.uk", Optional.empty());
    assertThat(devices.recognise("adviser@example.ac.uk", cookie)).isEmpty();
    var last = cookie.charAt(cookie.length() - 1);
    var altered = cookie.substring(0, cookie.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(devices.recognise("lead@example.ac.uk", altered)).isEmpty();
    var parts = cookie.split("\\.");
    var laterExpiry = (Long.parseLong(parts[0]) + 1) + "." + parts[1] + "." + parts[2];
    assertThat(devices.recognise("lead@example.ac.uk", laterExpiry)).isEmpty();
    assertThat(devices.recognise("lead@example.ac.uk", "not a cookie")).isEmpty();
    assertThat(devices.recognise("lead@example.ac.uk", null)).isEmpty();
    var otherServer = new KnownDevices(FormKey.random(new SecureRandom()), clock);
    assertThat(otherServer.recognise("lead@example.ac.uk", cookie)).isEmpty();
  }

  @Test
  void a_cookie_stops_being_recognised_after_its_lifetime() {
    var cookie = devices.remember("lead@example.ac.uk", Optional.empty());
    clock.advance(KnownDevices.LIFETIME.minusSeconds(1));
    assertThat(devices.recognise("lead@example.ac.uk", cookie)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(devices.recognise("lead@example.ac.uk", cookie)).isEmpty();
  }
}
