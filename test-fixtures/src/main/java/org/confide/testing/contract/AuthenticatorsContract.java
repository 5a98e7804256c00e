package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.confide.application.port.out.Authenticators;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Authenticators} adapter: one authenticator a member, stored whole
 * and replaced whole; a step is accepted only when later than the last, and of racing uses of one
 * step or one recovery code exactly one succeeds; removing leaves other members' alone.
 *
 * <p>{@link #authenticators()} must return the same adapter, empty, throughout one test, and {@link
 * #aStaffMember()} a member stored where the adapter needs one.
 */
public abstract class AuthenticatorsContract {

  private static final byte[] SECRET = "12345678901234567890".getBytes();
  private static final byte[] OTHER_SECRET = "abcdefghijabcdefghij".getBytes();

  /** For a subclass that runs this contract against one adapter. */
  protected AuthenticatorsContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract Authenticators authenticators();

  /** {@return a staff member who exists, as far as the adapter can tell} */
  protected abstract StaffId aStaffMember();

  @Test
  void a_pending_authenticator_reads_back_whole() {
    var staff = aStaffMember();
    authenticators().save(staff, Authenticator.pending(SECRET));

    assertThat(authenticators().find(staff)).contains(Authenticator.pending(SECRET));
    assertThat(authenticators().find(aStaffMember())).isEmpty();
  }

  @Test
  void only_a_confirmed_authenticator_counts_as_confirmed() {
    var pending = aStaffMember();
    var confirmed = aStaffMember();
    authenticators().save(pending, Authenticator.pending(SECRET));
    authenticators().save(confirmed, Authenticator.pending(SECRET).confirm(57, Set.of("d1")));

    assertThat(authenticators().isConfirmed(pending)).isFalse();
    assertThat(authenticators().isConfirmed(confirmed)).isTrue();
    assertThat(authenticators().isConfirmed(aStaffMember())).isFalse();
  }

  @Test
  void a_confirmed_authenticator_reads_back_with_its_step_and_recovery_codes() {
    var staff = aStaffMember();
    var confirmed = Authenticator.pending(SECRET).confirm(57, Set.of("d1", "d2", "d3"));
    authenticators().save(staff, confirmed);

    assertThat(authenticators().find(staff)).contains(confirmed);
  }

  @Test
  void saving_again_replaces_the_secret_and_the_recovery_codes() {
    var staff = aStaffMember();
    authenticators().save(staff, Authenticator.pending(SECRET).confirm(57, Set.of("d1", "d2")));
    var replacement = Authenticator.pending(OTHER_SECRET).confirm(90, Set.of("d3"));

    authenticators().save(staff, replacement);

    assertThat(authenticators().find(staff)).contains(replacement);
  }

  @Test
  void a_step_is_accepted_once_and_never_an_earlier_one() {
    var staff = aStaffMember();
    authenticators().save(staff, Authenticator.pending(SECRET).confirm(57, Set.of("d1")));

    assertThat(authenticators().accept(staff, 57)).isFalse();
    assertThat(authenticators().accept(staff, 58)).isTrue();
    assertThat(authenticators().accept(staff, 58)).isFalse();
    assertThat(authenticators().accept(staff, 56)).isFalse();
    assertThat(authenticators().find(staff).orElseThrow().lastAcceptedStep()).isEqualTo(58);
    assertThat(authenticators().accept(aStaffMember(), 59)).isFalse();
  }

  @Test
  void a_recovery_code_is_used_once_and_the_others_stay() {
    var staff = aStaffMember();
    authenticators().save(staff, Authenticator.pending(SECRET).confirm(57, Set.of("d1", "d2")));

    assertThat(authenticators().useRecoveryCode(staff, "d1")).isTrue();
    assertThat(authenticators().useRecoveryCode(staff, "d1")).isFalse();
    assertThat(authenticators().useRecoveryCode(staff, "nope")).isFalse();
    assertThat(authenticators().find(staff).orElseThrow().recoveryCodeDigests())
        .containsExactly("d2");
  }

  @Test
  void removing_leaves_other_members_authenticators() {
    var staff = aStaffMember();
    var other = aStaffMember();
    authenticators().save(staff, Authenticator.pending(SECRET).confirm(57, Set.of("d1")));
    authenticators().save(other, Authenticator.pending(OTHER_SECRET));

    authenticators().remove(staff);
    authenticators().remove(staff);

    assertThat(authenticators().find(staff)).isEmpty();
    assertThat(authenticators().useRecoveryCode(staff, "d1")).isFalse();
    assertThat(authenticators().find(other)).contains(Authenticator.pending(OTHER_SECRET));
  }

  @Test
  void of_racing_uses_of_one_step_or_one_recovery_code_exactly_one_succeeds() throws Exception {
    var staff = aStaffMember();
    authenticators().save(staff, Authenticator.pending(SECRET).confirm(57, Set.of("d1")));
    var attempts = new ArrayList<Callable<Boolean>>();
    for (int i = 0; i < 8; i++) {
      attempts.add(() -> authenticators().accept(staff, 60));
      attempts.add(() -> authenticators().useRecoveryCode(staff, "d1"));
    }

    int steps = 0;
    int codes = 0;
    try (var pool = Executors.newFixedThreadPool(8)) {
      var results = pool.invokeAll(attempts);
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i).get()) {
          if (i % 2 == 0) {
            steps++;
          } else {
            codes++;
          }
        }
      }
    }

    assertThat(steps).isEqualTo(1);
    assertThat(codes).isEqualTo(1);
  }

  @Test
  void wrong_codes_are_counted_per_member_until_forgotten() {
    var staff = aStaffMember();
    var other = aStaffMember();
    authenticators().save(staff, Authenticator.pending(SECRET).confirm(57, Set.of("d1")));
    authenticators().save(other, Authenticator.pending(SECRET).confirm(57, Set.of("d1")));

    assertThat(authenticators().countWrongCode(staff)).isEqualTo(1);
    assertThat(authenticators().countWrongCode(staff)).isEqualTo(2);
    assertThat(authenticators().countWrongCode(other)).isEqualTo(1);
    authenticators().forgetWrongCodes(staff);

    assertThat(authenticators().countWrongCode(staff)).isEqualTo(1);
    assertThat(authenticators().countWrongCode(aStaffMember())).isZero();
  }

  @Test
  void a_pause_reads_back_until_forgotten_and_a_new_authenticator_starts_afresh() {
    var staff = aStaffMember();
    var until = Instant.parse("2026-03-02T10:15:30Z");
    authenticators().save(staff, Authenticator.pending(SECRET).confirm(57, Set.of("d1")));
    assertThat(authenticators().codesPausedUntil(staff)).isEmpty();

    authenticators().countWrongCode(staff);
    authenticators().pauseCodes(staff, until);
    authenticators().pauseCodes(aStaffMember(), until);

    assertThat(authenticators().codesPausedUntil(staff)).contains(until);
    assertThat(authenticators().countWrongCode(staff)).isEqualTo(2);
    authenticators().forgetWrongCodes(staff);
    assertThat(authenticators().codesPausedUntil(staff)).isEmpty();

    authenticators().countWrongCode(staff);
    authenticators().pauseCodes(staff, until);
    authenticators().save(staff, Authenticator.pending(OTHER_SECRET));
    assertThat(authenticators().codesPausedUntil(staff)).isEmpty();
    assertThat(authenticators().countWrongCode(staff)).isEqualTo(1);
  }

  @Test
  void racing_wrong_codes_are_each_counted() throws Exception {
    var staff = aStaffMember();
    authenticators().save(staff, Authenticator.pending(SECRET).confirm(57, Set.of("d1")));
    var attempts = new ArrayList<Callable<Integer>>();
    for (int i = 0; i < 12; i++) {
      attempts.add(() -> authenticators().countWrongCode(staff));
    }

    var counts = new ArrayList<Integer>();
    try (var pool = Executors.newFixedThreadPool(6)) {
      for (var result : pool.invokeAll(attempts)) {
        counts.add(result.get());
      }
    }

    assertThat(counts).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }
}
