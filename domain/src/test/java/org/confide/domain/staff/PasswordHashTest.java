package org.confide.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

  @Test
  void the_encoded_form_is_kept_as_given() {
    var encoded = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

    assertThat(new PasswordHash(encoded).encoded()).isEqualTo(encoded);
  }

  @Test
  void to_string_never_shows_the_hash() {
    var hash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");

    assertThat(hash.toString())
        .isEqualTo("PasswordHash[hidden]")
        .doesNotContain("argon2id")
        .doesNotContain("c2FsdA");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void a_blank_hash_is_refused(String encoded) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PasswordHash(encoded))
        .withMessageStartingWith("password hash");
  }

  @Test
  void a_hash_of_at_most_512_characters_is_accepted_and_longer_refused() {
    assertThat(new PasswordHash("h".repeat(512)).encoded()).hasSize(512);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PasswordHash("h".repeat(513)))
        .withMessage("password hash must be 1 to 512 characters");
  }

  @Test
  void null_is_refused_naming_the_field() {
    assertThatNullPointerException()
        .isThrownBy(() -> new PasswordHash(null))
        .withMessageContaining("password hash");
  }
}
