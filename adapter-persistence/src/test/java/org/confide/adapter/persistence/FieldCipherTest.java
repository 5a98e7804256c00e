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
