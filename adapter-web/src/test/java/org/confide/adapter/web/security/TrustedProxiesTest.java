package org.confide.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which address a request's client has: the peer, unless the peer is a trusted proxy, and then the
 * rightmost {@code X-Forwarded-For} entry that is not a trusted proxy.
 */
class TrustedProxiesTest {

  private static TrustedProxies trusting(String list) {
    return ((TrustedProxies.Parsed.Valid) TrustedProxies.parse(list)).proxies();
  }

  @Nested
  class Parsing {

    @Test
    void addresses_and_blocks_of_both_families_separated_by_commas_or_spaces() {
      assertThat(TrustedProxies.parse("10.0.0.0/8, 192.0.2.7 fd00::/8,::1"))
          .isInstanceOf(TrustedProxies.Parsed.Valid.class);
      assertThat(trusting("").isEmpty()).isTrue();
    }

    @Test
    void names_bad_octets_and_prefixes_too_long_are_refused_each_named() {
      assertThat(
              TrustedProxies.parse("lb.example.ac.uk, 256.0.0.1, 10.0.0.0/33, ::1/129, 10.0.0.0/"))
          .isEqualTo(
              new TrustedProxies.Parsed.Invalid(
                  "not an IP address or a CIDR block such as 10.0.0.0/8 or fd00::/8:"
                      + " lb.example.ac.uk, 256.0.0.1, 10.0.0.0/33, ::1/129, 10.0.0.0/"));
    }

    @Test
    void literals_are_read_without_asking_for_a_name() {
      assertThat(TrustedProxies.literal("localhost")).isEmpty();
      assertThat(TrustedProxies.literal("example.ac.uk")).isEmpty();
      assertThat(TrustedProxies.literal("999.1.1.1")).isEmpty();
      assertThat(TrustedProxies.literal("192.0.2.7:443")).isPresent();
      assertThat(TrustedProxies.literal("[2001:db8::1]:443")).isPresent();
    }
  }

  @Nested
  class TheClient {

    private final TrustedProxies proxies = trusting("10.0.0.0/8, fd00::/8");

    @Test
    void is_the_peer_when_the_peer_is_not_trusted_whatever_the_header_says() {
      assertThat(proxies.client("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
      assertThat(TrustedProxies.none().client("10.0.0.1", List.of("198.51.100.1")))
          .isEqualTo("10.0.0.1");
    }

    @Test
    void is_the_rightmost_untrusted_entry_behind_a_trusted_peer() {
      // The client wrote a false first entry; the two proxies appended what they saw.
      assertThat(proxies.client("10.0.0.2", List.of("6.6.6.6, 198.51.100.1, 10.0.0.1")))
          .isEqualTo("198.51.100.1");
      assertThat(proxies.client("10.0.0.2", List.of("6.6.6.6", "198.51.100.1")))
          .isEqualTo("198.51.100.1");
      assertThat(proxies.client("fd00::2", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
    }

    @Test
    void is_the_peer_with_no_header_and_the_leftmost_hop_when_every_hop_is_trusted() {
      assertThat(proxies.client("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
      assertThat(proxies.client("10.0.0.2", List.of("10.0.0.9, 10.0.0.1"))).isEqualTo("10.0.0.9");
    }

    @Test
    void an_entry_that_is_not_an_address_is_the_client_not_a_proxy() {
      assertThat(proxies.client("10.0.0.2", List.of("10.0.0.5, unknown"))).isEqualTo("unknown");
    }
  }
}
