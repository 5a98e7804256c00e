package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.confide.application.port.out.PasswordResets;
import org.confide.domain.staff.PasswordReset;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link PasswordResets} adapter: a link is found by its digest, expired or
 * not; a member has one link at most, a new one replacing the one before; spending removes it, and
 * of racing uses exactly one spends it; nothing touches another member's link.
 *
 * <p>{@link #passwordResets()} must return the same adapter, empty, throughout one test, and {@link
 * #aStaffMember()} a member stored where the adapter needs one.
 */
public abstract class PasswordResetsContract {

  private static final Instant ISSUED = Instant.parse("2026-03-02T10:15:30Z");

  /** For a subclass that runs this contract against one adapter. */
  protected PasswordResetsContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract PasswordResets passwordResets();

  /** {@return a staff member who exists, as far as the adapter can tell} */
  protected abstract StaffId aStaffMember();

  private static PasswordReset reset(StaffId staff, char digit) {
    return new PasswordReset(
        staff, String.valueOf(digit).repeat(64), ISSUED, ISSUED.plus(Duration.ofHours(24)));
  }

  @Test
  void a_link_reads_back_whole_by_its_digest_and_an_unknown_digest_finds_nothing() {
    var staff = aStaffMember();
    passwordResets().replace(reset(staff, 'a'));

    assertThat(passwordResets().find("a".repeat(64))).contains(reset(staff, 'a'));
    assertThat(passwordResets().find("b".repeat(64))).isEmpty();
  }

  @Test
  void an_expired_link_is_still_found_for_the_caller_to_refuse() {
    var staff = aStaffMember();
    var expired = new PasswordReset(staff, "c".repeat(64), ISSUED, ISSUED.plusSeconds(1));
    passwordResets().replace(expired);

    assertThat(passwordResets().find("c".repeat(64))).contains(expired);
  }

  @Test
  void a_new_link_replaces_the_members_earlier_one_and_leaves_others_alone() {
    var staff = aStaffMember();
    var other = aStaffMember();
    passwordResets().replace(reset(staff, 'a'));
    passwordResets().replace(reset(other, 'b'));

    passwordResets().replace(reset(staff, 'c'));

    assertThat(passwordResets().find("a".repeat(64))).isEmpty();
    assertThat(passwordResets().find("c".repeat(64))).contains(reset(staff, 'c'));
    assertThat(passwordResets().find("b".repeat(64))).contains(reset(other, 'b'));
  }

  @Test
  void a_link_is_spent_once_and_then_found_no_more() {
    var staff = aStaffMember();
    var other = aStaffMember();
    passwordResets().replace(reset(staff, 'a'));
    passwordResets().replace(reset(other, 'b'));

    assertThat(passwordResets().spend("a".repeat(64))).isTrue();
    assertThat(passwordResets().spend("a".repeat(64))).isFalse();
    assertThat(passwordResets().find("a".repeat(64))).isEmpty();
    assertThat(passwordResets().find("b".repeat(64))).isPresent();
    assertThat(passwordResets().spend("d".repeat(64))).isFalse();
  }

  @Test
  void of_racing_uses_of_one_link_exactly_one_spends_it() throws Exception {
    var staff = aStaffMember();
    passwordResets().replace(reset(staff, 'e'));
    var uses = new ArrayList<Callable<Boolean>>();
    for (int i = 0; i < 8; i++) {
      uses.add(() -> passwordResets().spend("e".repeat(64)));
    }

    var spent = new ArrayList<Boolean>();
    try (var pool = Executors.newFixedThreadPool(4)) {
      for (var result : pool.invokeAll(uses)) {
        spent.add(result.get());
      }
    }

    assertThat(spent).containsOnlyOnce(true);
  }
}
