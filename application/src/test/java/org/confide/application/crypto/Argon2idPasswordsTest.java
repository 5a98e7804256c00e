package org.confide.application.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.confide.domain.staff.PasswordHash;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Argon2idPasswordsTest {

  private final Argon2idPasswords passwords =
      new Argon2idPasswords(Argon2idPasswords.Parameters.forTestsOnly(), new SecureRandom());

  @Test
  void a_hash_matches_its_password_and_no_other() {
    var hash = passwords.hash("correct horse battery".toCharArray());

    assertThat(passwords.matches("correct horse battery".toCharArray(), hash)).isTrue();
    assertThat(passwords.matches("correct horse batterY".toCharArray(), hash)).isFalse();
    assertThat(passwords.matches("".toCharArray(), hash)).isFalse();
  }

  @Test
  void hashes_are_salted_and_in_the_phc_format() {
    var first = passwords.hash("same password".toCharArray());
    var second = passwords.hash("same password".toCharArray());

    assertThat(first).isNotEqualTo(second);
    assertThat(first.encoded()).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
    assertThat(first.encoded()).doesNotContain("same password");
  }

  @Test
  void the_default_cost_is_owasps_minimum() {
    var owasp = Argon2idPasswords.Parameters.owasp();

    assertThat(owasp.memoryKib()).isGreaterThanOrEqualTo(19_456);
    assertThat(owasp.iterations()).isGreaterThanOrEqualTo(2);
    var real = new Argon2idPasswords(owasp, new SecureRandom());
    var hash = real.hash("a staff password".toCharArray());
    assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(real.matches("a staff password".toCharArray(), hash)).isTrue();
  }

  @Test
  void a_hash_made_with_cheaper_parameters_needs_rehashing() {
    var cheap = passwords.hash("pw".toCharArray());
    var owasp = new Argon2idPasswords(Argon2idPasswords.Parameters.owasp(), new SecureRandom());

    assertThat(owasp.needsRehash(cheap)).isTrue();
    assertThat(passwords.needsRehash(cheap)).isFalse();
  }

  @Nested
  class StoredHashesThatAreNotArgon2idNeverMatch {

    @Test
    void another_algorithm() {
      assertThat(
              passwords.matches(
                  "pw".toCharArray(), new PasswordHash("$2y$10$abcdefghijklmnopqrstuv")))
          .isFalse();
    }

    @Test
    void broken_base64_or_a_short_hash() {
      assertThat(
              passwords.matches(
                  "pw".toCharArray(), new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$!!!!$AAAA")))
          .isFalse();
      assertThat(
              passwords.matches(
                  "pw".toCharArray(),
                  new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$AAAAAAAA$AAAA")))
          .isFalse();
    }

    @Test
    void absurd_cost_parameters() {
      assertThat(
              passwords.matches(
                  "pw".toCharArray(),
                  new PasswordHash(
                      "$argon2id$v=19$m=9999999,t=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA")))
          .isFalse();
    }
  }
}
