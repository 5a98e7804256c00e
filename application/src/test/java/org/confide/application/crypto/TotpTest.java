package org.confide.application.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  // The SHA-1 seed of RFC 6238, Appendix B.
  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void codes_are_the_last_six_digits_of_the_rfc_6238_test_vectors(long seconds, String code) {
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
  }

  @Test
  void a_code_is_accepted_one_step_either_side_and_no_further() {
    var now = Instant.ofEpochSecond(1_111_111_111);
    var step = Totp.step(now);

    assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step), now)).hasValue(step);
    assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 1), now)).hasValue(step - 1);
    assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step + 1), now)).hasValue(step + 1);
    assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 2), now)).isEmpty();
    assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step + 2), now)).isEmpty();
  }

  @Test
  void a_code_may_be_typed_with_a_space_in_the_middle() {
    var now = Instant.ofEpochSecond(59);
    assertThat(Totp.matchingStep(SEED, " 287 082 ", now)).isPresent();
    assertThat(Totp.looksLikeCode("287 082")).isTrue();
  }

  @Test
  void anything_but_six_digits_matches_nothing() {
    var now = Instant.ofEpochSecond(59);
    assertThat(Totp.matchingStep(SEED, "28708", now)).isEmpty();
    assertThat(Totp.matchingStep(SEED, "2870820", now)).isEmpty();
    assertThat(Totp.matchingStep(SEED, "28708x", now)).isEmpty();
    assertThat(Totp.matchingStep(SEED, null, now)).isEmpty();
    assertThat(Totp.looksLikeCode("ABCDE-FGHJK")).isFalse();
  }

  @Test
  void the_secret_is_written_in_rfc_4648_base32_and_read_back() {
    assertThat(Totp.base32(SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SEED);
  }

  @Test
  void the_link_for_an_authenticator_app_names_issuer_and_account() {
    assertThat(Totp.uri(SEED, "Confide", "ada@example.ac.uk"))
        .isEqualTo(
            "otpauth://totp/Confide:ada%40example.ac.uk?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Confide&algorithm=SHA1&digits=6&period=30");
  }
}
