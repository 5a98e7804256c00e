package org.confide.application.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.access.AccessCode;
import org.junit.jupiter.api.Test;

class SecretsTest {

  private static byte[] key(int fill) {
    var key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private final Secrets secrets = new Secrets(key(1));
  private final AccessCode code = AccessCode.generate(new Random(7));

  @Test
  void an_access_code_digest_depends_on_the_server_secret() {
    assertThat(secrets.digest(code)).isEqualTo(new Secrets(key(1)).digest(code));
    assertThat(secrets.digest(code)).isNotEqualTo(new Secrets(key(2)).digest(code));
  }

  @Test
  void digests_never_contain_the_code() {
    assertThat(secrets.digest(code).hex()).doesNotContainIgnoringCase(code.canonical());
    assertThat(secrets.digest(code).toString()).isEqualTo("AccessCodeDigest[hidden]");
  }

  @Test
  void purposes_separate_digests_of_the_same_text() {
    assertThat(secrets.keyedDigest("idempotency-key", "abc"))
        .isNotEqualTo(secrets.keyedDigest("submission", "abc"))
        .hasSize(64);
  }

  @Test
  void session_tokens_are256_random_bits_and_stored_as_their_digest() {
    var token = SessionToken.generate(new Random(3));

    assertThat(token.value()).hasSize(43);
    assertThat(Secrets.digest(token)).isEqualTo(Secrets.digest(new SessionToken(token.value())));
    assertThat(Secrets.digest(token).hex()).doesNotContain(token.value());
    assertThat(token.toString()).doesNotContain(token.value());
  }

  @Test
  void a_short_secret_is_refused() {
    assertThatThrownBy(() -> new Secrets(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }
}
