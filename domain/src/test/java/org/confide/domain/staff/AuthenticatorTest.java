package org.confide.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

  private static final byte[] SECRET = "12345678901234567890".getBytes();

  @Test
  void a_pending_authenticator_guards_nothing_and_has_no_recovery_codes() {
    var pending = Authenticator.pending(SECRET);

    assertThat(pending.confirmed()).isFalse();
    assertThat(pending.recoveryCodeDigests()).isEmpty();
    assertThat(pending.unused(0)).isTrue();
  }

  @Test
  void confirming_records_the_step_used_so_that_code_cannot_be_used_again() {
    var confirmed = Authenticator.pending(SECRET).confirm(100, Set.of("a", "b"));

    assertThat(confirmed.confirmed()).isTrue();
    assertThat(confirmed.unused(100)).isFalse();
    assertThat(confirmed.unused(99)).isFalse();
    assertThat(confirmed.unused(101)).isTrue();
    assertThat(confirmed.accepted(101).unused(101)).isFalse();
  }

  @Test
  void a_used_step_is_refused() {
    var confirmed = Authenticator.pending(SECRET).confirm(100, Set.of("a"));

    assertThatIllegalArgumentException().isThrownBy(() -> confirmed.accepted(100));
  }

  @Test
  void a_recovery_code_is_used_up_once() {
    var confirmed = Authenticator.pending(SECRET).confirm(100, Set.of("a", "b"));

    var after = confirmed.withoutRecoveryCode("a");

    assertThat(after.recoveryCodeDigests()).containsExactly("b");
    assertThatIllegalArgumentException().isThrownBy(() -> after.withoutRecoveryCode("a"));
  }

  @Test
  void confirming_twice_or_without_recovery_codes_is_a_programming_error() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Authenticator.pending(SECRET).confirm(1, Set.of()));
    var confirmed = Authenticator.pending(SECRET).confirm(1, Set.of("a"));
    assertThatIllegalStateException().isThrownBy(() -> confirmed.confirm(2, Set.of("b")));
  }

  @Test
  void the_secret_has_160_bits_and_is_copied_in_and_out() {
    assertThatIllegalArgumentException().isThrownBy(() -> Authenticator.pending(new byte[16]));
    var given = SECRET.clone();
    var authenticator = Authenticator.pending(given);
    given[0] = 0;
    authenticator.secret()[1] = 0;

    assertThat(authenticator.secret()).isEqualTo(SECRET);
  }

  @Test
  void to_string_never_shows_the_secret() {
    assertThat(Authenticator.pending(SECRET).toString()).isEqualTo("Authenticator[pending]");
  }
}
