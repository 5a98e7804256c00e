package org.confide.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.domain.staff.Permission.ANSWER_SUBJECT_ACCESS;
import static org.confide.domain.staff.Permission.CONFIRM_SAFEGUARDING_CHANGES;
import static org.confide.domain.staff.Permission.DECIDE_ESCALATIONS;
import static org.confide.domain.staff.Permission.ENTER_REPORTS;
import static org.confide.domain.staff.Permission.MANAGE_SERVICE;
import static org.confide.domain.staff.Permission.MANAGE_STAFF;
import static org.confide.domain.staff.Permission.OPEN_ALERT_REPORTS;
import static org.confide.domain.staff.Permission.RAISE_ESCALATION;
import static org.confide.domain.staff.Permission.READ_AUDIT_TRAIL;
import static org.confide.domain.staff.Permission.READ_DASHBOARD;
import static org.confide.domain.staff.Permission.VIEW_ALERTS;
import static org.confide.domain.staff.Permission.VIEW_TRENDS;
import static org.confide.domain.staff.Permission.WORK_CASES;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The authorisation table, written out independently of the enum so that a change shows here. */
class PermissionTest {

  // Need to know: only advisers and leads touch cases; only leads decide escalations and open the
  // reports behind an alert; analysts never read a report, and administrators only in answering a
  // reporter's subject access request.
  private static final Map<Role, Set<Permission>> INTENDED =
      Map.of(
          Role.ADVISER, EnumSet.of(WORK_CASES, ENTER_REPORTS, RAISE_ESCALATION),
          Role.SAFEGUARDING_LEAD,
              EnumSet.of(
                  WORK_CASES,
                  ENTER_REPORTS,
                  RAISE_ESCALATION,
                  DECIDE_ESCALATIONS,
                  VIEW_TRENDS,
                  VIEW_ALERTS,
                  OPEN_ALERT_REPORTS,
                  READ_AUDIT_TRAIL,
                  CONFIRM_SAFEGUARDING_CHANGES,
                  ANSWER_SUBJECT_ACCESS,
                  READ_DASHBOARD),
          Role.ANALYST, EnumSet.of(VIEW_TRENDS, VIEW_ALERTS),
          Role.ADMIN,
              EnumSet.of(
                  VIEW_TRENDS,
                  MANAGE_STAFF,
                  MANAGE_SERVICE,
                  READ_AUDIT_TRAIL,
                  ANSWER_SUBJECT_ACCESS,
                  READ_DASHBOARD));

  static Stream<Arguments> everyRoleAndPermission() {
    return Arrays.stream(Role.values())
        .flatMap(role ->
            Arrays.stream(Permission.values())
                .map(permission ->
                    Arguments.of(role, permission, INTENDED.get(role).contains(permission))));
  }

  @Nested
  class AuthorisationTable {

    @Test
    void the_table_names_every_role() {
      assertThat(INTENDED.keySet()).containsExactlyInAnyOrder(Role.values());
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @MethodSource("org.confide.domain.staff.PermissionTest#everyRoleAndPermission")
    void a_role_grants_exactly_the_intended_permissions(
        Role role, Permission permission, boolean granted) {
      assertThat(permission.grantedToAny(EnumSet.of(role))).isEqualTo(granted);
      assertThat(AStaffMember.withRoles(role).build().may(permission)).isEqualTo(granted);
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void every_permission_is_granted_to_some_role(Permission permission) {
      assertThat(permission.grantedToAny(EnumSet.allOf(Role.class))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void no_roles_grant_nothing(Permission permission) {
      assertThat(permission.grantedToAny(Set.of())).isFalse();
    }
  }

  @Nested
  class SeveralRoles {

    @Test
    void a_member_with_several_roles_may_do_what_any_of_them_grants() {
      var member = AStaffMember.withRoles(Role.ANALYST, Role.ADMIN).build();

      assertThat(member.may(VIEW_ALERTS)).isTrue();
      assertThat(member.may(MANAGE_STAFF)).isTrue();
      assertThat(member.may(WORK_CASES)).isFalse();
    }
  }

  @Nested
  class Inactive {

    @ParameterizedTest
    @EnumSource(Role.class)
    void an_inactive_member_may_do_nothing_whatever_their_role(Role role) {
      var member = AStaffMember.withRoles(role).inactive().build();

      assertThat(Permission.values()).noneMatch(member::may);
    }

    @Test
    void an_inactive_member_with_every_role_may_do_nothing() {
      var member =
          AStaffMember.withRoles(Role.ADVISER, Role.SAFEGUARDING_LEAD, Role.ANALYST, Role.ADMIN)
              .build()
              .deactivate();

      assertThat(Permission.values()).noneMatch(member::may);
    }
  }
}
