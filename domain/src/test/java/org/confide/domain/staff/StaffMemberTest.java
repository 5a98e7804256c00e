package org.confide.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

  private static final StaffId ID = StaffId.generate(new Random(5));
  private static final EmailAddress EMAIL = EmailAddress.of("lead@example.ac.uk");
  private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$secret-hash");

  private static StaffMember create(String displayName, Set<Role> roles) {
    return StaffMember.create(ID, EMAIL, displayName, roles, HASH);
  }

  @Nested
  class Creating {

    @Test
    void a_new_account_is_active_and_holds_its_roles() {
      var member = create("Jo Lead", EnumSet.of(Role.SAFEGUARDING_LEAD, Role.ADVISER));

      assertThat(member.active()).isTrue();
      assertThat(member.id()).isEqualTo(ID);
      assertThat(member.email()).isEqualTo(EMAIL);
      assertThat(member.passwordHash()).isEqualTo(HASH);
      assertThat(member.roles()).containsExactlyInAnyOrder(Role.SAFEGUARDING_LEAD, Role.ADVISER);
      assertThat(member.holds(Role.SAFEGUARDING_LEAD)).isTrue();
      assertThat(member.holds(Role.ADMIN)).isFalse();
    }

    @Test
    void the_display_name_is_trimmed() {
      assertThat(create("  Jo Lead ", Set.of(Role.ADVISER)).displayName()).isEqualTo("Jo Lead");
    }

    @Test
    void a_blank_or_overlong_display_name_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> create("  ", Set.of(Role.ADVISER)))
          .withMessageStartingWith("displayName");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> create("x".repeat(121), Set.of(Role.ADVISER)))
          .withMessage("displayName must be at most 120 characters");
      assertThat(create("x".repeat(120), Set.of(Role.ADVISER)).displayName()).hasSize(120);
    }

    @Test
    void at_least_one_role_is_required() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> create("Jo", Set.of()))
          .withMessageContaining("roles");
    }

    @Test
    void the_roles_are_copied_and_cannot_be_changed_afterwards() {
      var roles = new HashSet<>(Set.of(Role.ADVISER));
      var member = create("Jo", roles);

      roles.add(Role.ADMIN);

      assertThat(member.roles()).containsExactly(Role.ADVISER);
      assertThatThrownBy(() -> member.roles().add(Role.ADMIN))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class Changing {

    @Test
    void deactivating_returns_an_inactive_member_and_leaves_the_original_active() {
      var member = create("Jo", Set.of(Role.ADVISER));

      var deactivated = member.deactivate();

      assertThat(deactivated.active()).isFalse();
      assertThat(deactivated.may(Permission.WORK_CASES)).isFalse();
      assertThat(deactivated.holds(Role.ADVISER)).isTrue();
      assertThat(deactivated.id()).isEqualTo(member.id());
      assertThat(member.active()).isTrue();
      assertThat(member.may(Permission.WORK_CASES)).isTrue();
    }

    @Test
    void a_new_password_hash_replaces_the_old_one_only_in_the_new_member() {
      var member = create("Jo", Set.of(Role.ADVISER));
      var newHash = new PasswordHash("$argon2id$v=19$another-hash");

      var changed = member.withPasswordHash(newHash);

      assertThat(changed.passwordHash()).isEqualTo(newHash);
      assertThat(changed.active()).isTrue();
      assertThat(member.passwordHash()).isEqualTo(HASH);
    }

    @Test
    void a_reconstituted_member_equals_the_one_that_was_stored() {
      var member = create("Jo", Set.of(Role.ADVISER)).deactivate();

      var rebuilt =
          StaffMember.reconstitute(
              member.id(),
              member.email(),
              member.displayName(),
              member.roles(),
              member.passwordHash(),
              member.active());

      assertThat(rebuilt).isEqualTo(member).hasSameHashCodeAs(member);
      assertThat(rebuilt).isNotEqualTo(create("Jo", Set.of(Role.ADVISER)));
    }
  }

  @Nested
  class Printing {

    @Test
    void to_string_shows_id_and_roles_but_not_the_password_hash_or_email() {
      var member = create("Jo Lead", Set.of(Role.SAFEGUARDING_LEAD));

      assertThat(member.toString())
          .contains(ID.toString())
          .contains("SAFEGUARDING_LEAD")
          .doesNotContain("secret-hash")
          .doesNotContain("argon2id");
    }

    @Test
    void to_string_says_when_the_member_is_inactive() {
      assertThat(create("Jo", Set.of(Role.ADVISER)).deactivate().toString()).contains("inactive");
      assertThat(create("Jo", Set.of(Role.ADVISER)).toString()).doesNotContain("inactive");
    }
  }
}
