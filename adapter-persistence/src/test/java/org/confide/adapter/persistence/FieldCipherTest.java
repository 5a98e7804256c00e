package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private static final byte[] KEY_ONE = filled(1);
  private static final byte[] KEY_TWO = filled(2);
  private static final String CANARY = "canary-7f3a: he followed me from the library";

  private final FieldCipher cipher = new FieldCipher(Map.of(1, KEY_ONE), 1, new SecureRandom());

  @Test
  void sealed_value_opens_to_the_plaintext_in_the_same_context() {
    var sealed = cipher.seal(CANARY, "report.account:ABCDE12345");

    assertThat(cipher.open(sealed, "report.account:ABCDE12345")).isEqualTo(CANARY);
  }

  @Test
  void sealed_value_does_not_contain_the_plaintext() {
    var sealed = cipher.seal(CANARY, "ctx");

    var asText = new String(sealed, StandardCharsets.ISO_8859_1);
    assertThat(asText).doesNotContain("canary").doesNotContain("library");
    assertThat(HexFormat.of().formatHex(sealed))
        .doesNotContain(HexFormat.of().formatHex("canary".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void same_value_sealed_twice_gives_different_bytes() {
    assertThat(cipher.seal(CANARY, "ctx")).isNotEqualTo(cipher.seal(CANARY, "ctx"));
  }

  @Test
  void empty_and_unicode_text_round_trip() {
    assertThat(cipher.open(cipher.seal("", "ctx"), "ctx")).isEmpty();
    assertThat(cipher.open(cipher.seal("Zoë — 😊 ünïcödé", "ctx"), "ctx"))
        .isEqualTo("Zoë — 😊 ünïcödé");
  }

  @Nested
  class Refuses {

    @Test
    void a_value_moved_to_another_context() {
      var sealed = cipher.seal(CANARY, "report.account:AAAAA11111");

      assertThatThrownBy(() -> cipher.open(sealed, "report.account:BBBBB22222"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("integrity");
    }

    @Test
    void a_tampered_value() {
      var sealed = cipher.seal(CANARY, "ctx");
      sealed[sealed.length - 1] ^= 1;

      assertThatThrownBy(() -> cipher.open(sealed, "ctx"))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_truncated_value() {
      var sealed = cipher.seal(CANARY, "ctx");

      assertThatThrownBy(() -> cipher.open(Arrays.copyOf(sealed, 10), "ctx"))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_value_under_a_key_it_does_not_hold() {
      var other = new FieldCipher(Map.of(2, KEY_TWO), 2, new SecureRandom());

      assertThatThrownBy(() -> cipher.open(other.seal(CANARY, "ctx"), "ctx"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("key 2");
    }

    @Test
    void a_key_of_the_wrong_size() {
      assertThatThrownBy(() -> new FieldCipher(Map.of(1, new byte[16]), 1, new SecureRandom()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("32 bytes");
    }

    @Test
    void a_current_key_id_without_a_key() {
      assertThatThrownBy(() -> new FieldCipher(Map.of(1, KEY_ONE), 3, new SecureRandom()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("current key id 3");
    }
  }

  @Test
  void after_rotation_old_values_still_open_and_new_values_use_the_new_key() {
    var before = cipher.seal(CANARY, "ctx");
    var rotated = new FieldCipher(Map.of(1, KEY_ONE, 2, KEY_TWO), 2, new SecureRandom());

    var after = rotated.seal(CANARY, "ctx");

    assertThat(rotated.open(before, "ctx")).isEqualTo(CANARY);
    assertThat(Byte.toUnsignedInt(after[1])).isEqualTo(2);
    assertThatThrownBy(() -> cipher.open(after, "ctx")).isInstanceOf(IllegalStateException.class);
  }

  /**
   * The ciphers are made once and used again; what they write must still be the layout stored
   * values have always had, and open with a cipher made on its own.
   */
  @Nested
  class UsedAgain {

    @Test
    void a_sealed_value_is_the_stored_layout_and_opens_with_a_cipher_of_its_own() throws Exception {
      for (var text : new String[] {CANARY, "", "Zoë — 😊", "x".repeat(5_000)}) {
        var sealed = cipher.seal(text, "report.account:ABCDE12345");

        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(sealed[1]).isEqualTo((byte) 1);
        var plain = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        plain.init(
            javax.crypto.Cipher.DECRYPT_MODE,
            new javax.crypto.spec.SecretKeySpec(KEY_ONE, "AES"),
            new javax.crypto.spec.GCMParameterSpec(128, sealed, 2, 12));
        plain.updateAAD("1:1:report.account:ABCDE12345".getBytes(StandardCharsets.UTF_8));
        assertThat(
                new String(plain.doFinal(sealed, 14, sealed.length - 14), StandardCharsets.UTF_8))
            .isEqualTo(text);
        assertThat(sealed).hasSize(14 + text.getBytes(StandardCharsets.UTF_8).length + 16);
      }
    }

    @Test
    void every_seal_has_a_nonce_of_its_own_across_threads() throws Exception {
      var nonces = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
      var opened = new java.util.concurrent.atomic.AtomicInteger();
      try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
        var work = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          work.add(
              threads.submit(() -> {
                for (int i = 0; i < 500; i++) {
                  var text = "report " + thread + "-" + i;
                  var context = "ctx:" + thread;
                  var sealed = cipher.seal(text, context);
                  nonces.add(HexFormat.of().formatHex(sealed, 2, 14));
                  assertThat(cipher.open(sealed, context)).isEqualTo(text);
                  opened.incrementAndGet();
                }
              }));
        }
        for (var done : work) {
          done.get();
        }
      }

      assertThat(opened).hasValue(4_000);
      assertThat(nonces).hasSize(4_000);
    }

    @Test
    void a_value_that_fails_to_open_leaves_the_next_ones_sealing_and_opening() {
      var sealed = cipher.seal(CANARY, "ctx");
      sealed[sealed.length - 1] ^= 1;
      assertThatThrownBy(() -> cipher.open(sealed, "ctx"))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> cipher.open(cipher.seal(CANARY, "ctx"), "elsewhere"))
          .isInstanceOf(IllegalStateException.class);

      for (int i = 0; i < 50; i++) {
        assertThat(cipher.open(cipher.seal(CANARY + i, "ctx"), "ctx")).isEqualTo(CANARY + i);
      }
    }
  }

  @Test
  void to_string_reveals_no_key_material() {
    assertThat(cipher.toString()).doesNotContain("1, 1, 1").contains("current key 1");
  }

  private static byte[] filled(int value) {
    var key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
