package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.confide.testing.TestStaff.aSafeguardingLead;
import static org.confide.testing.TestStaff.aStaffId;
import static org.confide.testing.TestStaff.anAdviser;

import java.time.Instant;
import java.util.Map;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.StaffDirectory.AddOutcome;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.PasswordHash;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffMember;
import org.confide.testing.Concurrently;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link StaffDirectory} adapter: accounts are stored whole, found by id, by
 * a set of ids and by email address, and listed in email order. Email addresses are unique: {@code
 * add} refuses a taken one with {@link AddOutcome#EMAIL_TAKEN}, storing nothing. {@code signedIn}
 * notes a member's last sign-in apart from the account ({@code update} keeps it), and {@code
 * lastSignIns} answers it for accounts that have signed in. {@code allLocked} lists what {@code
 * all} lists (that it keeps other transactions waiting is tested over HTTP on each database).
 * {@code update} overwrites an account; it throws {@link IllegalStateException} when there is no
 * such account and {@link IllegalArgumentException} when the email address would change, leaving
 * the account as it was. A change not saved is not visible. Concurrent writers lose no account, and
 * of several racing for one address exactly one gets it.
 *
 * <p>{@link #staff()} must return the same adapter, empty, throughout one test.
 */
public abstract class StaffDirectoryContract {

  /** For a subclass that runs this contract against one adapter. */
  protected StaffDirectoryContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract StaffDirectory staff();

  @Nested
  class Adding {

    @Test
    void an_account_added_is_found_by_id_and_by_email() {
      var lead = aSafeguardingLead().withEmail("lee@example.ac.uk").build();

      assertThat(staff().add(lead)).isEqualTo(AddOutcome.ADDED);

      assertThat(staff().find(lead.id())).contains(lead);
      assertThat(staff().findByEmail(EmailAddress.of("lee@example.ac.uk"))).contains(lead);
      assertThat(staff().count()).isEqualTo(1);
    }

    @Test
    void unknown_ids_and_addresses_find_nothing() {
      staff().add(anAdviser().build());

      assertThat(staff().find(aStaffId())).isEmpty();
      assertThat(staff().findByEmail(EmailAddress.of("nobody@example.ac.uk"))).isEmpty();
    }

    @Test
    void a_taken_email_address_is_refused_whatever_its_case() {
      var first = anAdviser().withEmail("alex@example.ac.uk").build();
      staff().add(first);
      var second = aSafeguardingLead().withEmail("Alex@Example.AC.UK").build();

      assertThat(staff().add(second)).isEqualTo(AddOutcome.EMAIL_TAKEN);

      assertThat(staff().find(second.id())).isEmpty();
      assertThat(staff().findByEmail(EmailAddress.of("alex@example.ac.uk"))).contains(first);
      assertThat(staff().count()).isEqualTo(1);
    }

    @Test
    void every_account_is_listed_in_email_order() {
      var charlie = add(anAdviser().withEmail("charlie@example.ac.uk"));
      var alex = add(anAdviser().withEmail("alex@example.ac.uk"));
      var bo = add(aSafeguardingLead().withEmail("bo@example.ac.uk").build().deactivate());

      assertThat(staff().all()).containsExactly(alex, bo, charlie);
      assertThat(staff().allLocked()).containsExactly(alex, bo, charlie);
      assertThat(staff().count()).isEqualTo(3);
    }

    @Test
    void the_active_holders_of_a_role_are_listed_in_email_order_and_a_change_is_seen_at_once() {
      var charlie = add(anAdviser().withEmail("charlie@example.ac.uk"));
      var alex = add(anAdviser().withEmail("alex@example.ac.uk"));
      add(anAdviser().withEmail("dee@example.ac.uk").build().deactivate());
      var bo = add(aSafeguardingLead().withEmail("bo@example.ac.uk"));

      // A safeguarding lead holds the adviser's role too.
      assertThat(staff().activeHolders(Role.ADVISER)).containsExactly(alex, bo, charlie);
      assertThat(staff().activeHolders(Role.SAFEGUARDING_LEAD)).containsExactly(bo);

      staff().update(charlie.deactivate());
      var erin = add(anAdviser().withEmail("erin@example.ac.uk"));

      assertThat(staff().activeHolders(Role.ADVISER)).containsExactly(alex, bo, erin);
    }
  }

  @Nested
  class SigningIn {

    @Test
    void the_last_sign_in_is_kept_apart_from_the_account_and_kept_by_updates() {
      var adviser = add(anAdviser().withEmail("alex@example.ac.uk"));
      var lead = add(aSafeguardingLead().withEmail("bo@example.ac.uk"));
      var first = Instant.parse("2026-03-02T09:00:00Z");
      var later = Instant.parse("2026-03-03T10:30:00Z");

      staff().signedIn(adviser.id(), first);
      staff().signedIn(adviser.id(), later);
      staff().update(adviser.deactivate());

      assertThat(staff().lastSignIns()).isEqualTo(Map.of(adviser.id(), later));
      assertThat(staff().find(adviser.id())).contains(adviser.deactivate());
      assertThat(staff().lastSignIns()).doesNotContainKey(lead.id());
    }

    @Test
    void a_sign_in_of_no_account_is_not_kept() {
      staff().signedIn(aStaffId(), Instant.parse("2026-03-02T09:00:00Z"));

      assertThat(staff().lastSignIns()).isEmpty();
    }
  }

  @Nested
  class Updating {

    @Test
    void an_update_overwrites_the_account() {
      var adviser = add(anAdviser().withEmail("alex@example.ac.uk"));
      var changed = adviser.withPasswordHash(new PasswordHash("$argon2id$new")).deactivate();

      staff().update(changed);

      assertThat(staff().find(adviser.id())).contains(changed);
      assertThat(staff().findByEmail(adviser.email())).contains(changed);
      assertThat(staff().all()).containsExactly(changed);
    }

    @Test
    void updating_an_account_that_does_not_exist_throws_and_stores_nothing() {
      var stranger = anAdviser().build();

      assertThatThrownBy(() -> staff().update(stranger)).isInstanceOf(IllegalStateException.class);

      assertThat(staff().find(stranger.id())).isEmpty();
      assertThat(staff().count()).isZero();
    }

    @Test
    void an_update_that_would_change_the_email_address_throws_and_changes_nothing() {
      var adviser = add(anAdviser().withEmail("alex@example.ac.uk"));
      var renamed = anAdviser().withId(adviser.id()).withEmail("alexandra@example.ac.uk").build();

      assertThatThrownBy(() -> staff().update(renamed))
          .isInstanceOf(IllegalArgumentException.class);

      assertThat(staff().find(adviser.id())).contains(adviser);
      assertThat(staff().findByEmail(EmailAddress.of("alex@example.ac.uk"))).contains(adviser);
      assertThat(staff().findByEmail(EmailAddress.of("alexandra@example.ac.uk"))).isEmpty();
      assertThat(staff().add(anAdviser().withEmail("alexandra@example.ac.uk").build()))
          .isEqualTo(AddOutcome.ADDED);
    }

    @Test
    void a_deactivation_not_saved_is_not_visible() {
      var adviser = add(anAdviser());

      var deactivated = adviser.deactivate();

      assertThat(deactivated.active()).isFalse();
      assertThat(staff().find(adviser.id()))
          .hasValueSatisfying(stored -> assertThat(stored.active()).isTrue());
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_writers_lose_no_account() {
      var added = Concurrently.run((thread, step) -> add(anAdviser()));

      assertThat(staff().count()).isEqualTo(added.size());
      assertThat(staff().all()).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void of_accounts_racing_for_one_email_address_exactly_one_gets_it() {
      var outcomes =
          Concurrently.run(
              Concurrently.THREADS,
              1,
              (thread, step) -> staff().add(anAdviser().withEmail("alex@example.ac.uk").build()));

      assertThat(outcomes).containsOnlyOnce(AddOutcome.ADDED);
      assertThat(staff().count()).isEqualTo(1);
    }
  }

  private StaffMember add(TestStaff builder) {
    return add(builder.build());
  }

  private StaffMember add(StaffMember member) {
    assertThat(staff().add(member)).isEqualTo(AddOutcome.ADDED);
    return member;
  }
}
