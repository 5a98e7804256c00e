package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.util.Set;
import org.confide.application.port.in.ChangeStaffUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListStaffUseCase.StaffAccount;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/** Administrators change accounts: name, roles, deactivation and reactivation. */
class StaffLifecycleTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private StaffAccount account(String email) {
    return confide.listStaff().list(fixture.admin).orElseThrow().stream()
        .filter(a -> a.email().equals(email))
        .findFirst()
        .orElseThrow();
  }

  private ChangeStaffUseCase.Command change(StaffAccount a, Set<Role> roles, boolean active) {
    return new ChangeStaffUseCase.Command(a.id(), a.displayName(), roles, active);
  }

  @Test
  void the_list_shows_every_account_with_its_state() {
    var adviser = account("adviser@example.ac.uk");

    assertThat(adviser.active()).isTrue();
    assertThat(adviser.roles()).containsExactly(Role.ADVISER);
  }

  @Test
  void a_deactivated_account_loses_its_sessions_and_can_be_made_active_again() {
    var adviser = account("adviser@example.ac.uk");

    var off = confide.changeStaff().change(fixture.admin, change(adviser, adviser.roles(), false));

    assertThat(off.isDone()).isTrue();
    assertThat(account("adviser@example.ac.uk").active()).isFalse();
    assertThat(confide.identifyStaff().identify(fixture.adviser))
        .is(failedWith(Failure.Unauthenticated.class));
    var on = confide.changeStaff().change(fixture.admin, change(adviser, adviser.roles(), true));
    assertThat(on.isDone()).isTrue();
    assertThat(fixture.logIn("adviser@example.ac.uk")).isNotNull();
    assertThat(actions()).contains(AuditAction.STAFF_DEACTIVATED, AuditAction.STAFF_REACTIVATED);
  }

  @Test
  void a_new_name_and_roles_are_kept_and_audited_by_account_only() {
    var adviser = account("adviser@example.ac.uk");

    confide
        .changeStaff()
        .change(
            fixture.admin,
            new ChangeStaffUseCase.Command(
                adviser.id(), "Alex Renamed", Set.of(Role.ADVISER, Role.SAFEGUARDING_LEAD), true))
        .orElseThrow();

    var changed = account("adviser@example.ac.uk");
    assertThat(changed.displayName()).isEqualTo("Alex Renamed");
    assertThat(changed.roles()).containsExactlyInAnyOrder(Role.ADVISER, Role.SAFEGUARDING_LEAD);
    assertThat(actions()).contains(AuditAction.STAFF_RENAMED, AuditAction.STAFF_ROLES_CHANGED);
    assertThat(events()).noneMatch(e -> e.detail().contains("Alex"));
  }

  @Test
  void the_last_active_administrator_cannot_lose_the_role_or_be_deactivated() {
    var admin = account("admin@example.ac.uk");
    var second =
        confide
            .createStaff()
            .create(
                fixture.admin,
                new org.confide.application.port.in.CreateStaffUseCase.Command(
                    "second.admin@example.ac.uk",
                    "Second",
                    Set.of(Role.ADMIN),
                    Fixture.PASSWORD.toCharArray()))
            .orElseThrow();
    var secondAccount = account("second.admin@example.ac.uk");
    confide
        .changeStaff()
        .change(fixture.admin, change(secondAccount, Set.of(Role.ADMIN), false))
        .orElseThrow();

    var demoted =
        confide.changeStaff().change(fixture.admin, change(admin, Set.of(Role.ADVISER), true));
    var ownDeactivation =
        confide.changeStaff().change(fixture.admin, change(admin, admin.roles(), false));

    assertThat(second).isEqualTo(secondAccount.id());
    assertThat(demoted).is(failedWith(Failure.Refused.class));
    assertThat(Failures.of(demoted, Failure.Refused.class).reason())
        .contains("last active administrator");
    assertThat(ownDeactivation).is(failedWith(Failure.Refused.class));
    assertThat(account("admin@example.ac.uk").roles()).contains(Role.ADMIN);
  }

  @Test
  void a_blank_name_no_role_or_an_unknown_account_is_refused() {
    var adviser = account("adviser@example.ac.uk");

    var invalid =
        confide
            .changeStaff()
            .change(
                fixture.admin, new ChangeStaffUseCase.Command(adviser.id(), " ", Set.of(), true));
    var unknown =
        confide
            .changeStaff()
            .change(
                fixture.admin,
                new ChangeStaffUseCase.Command(
                    new StaffId(new java.util.UUID(7, 7)), "Someone", Set.of(Role.ADVISER), true));

    assertThat(Failures.fields(invalid)).containsExactly("displayName", "roles");
    assertThat(unknown).is(failedWith(Failure.NotFound.class));
    assertThat(confide.changeStaff().change(fixture.lead, change(adviser, adviser.roles(), false)))
        .is(failedWith(Failure.Forbidden.class));
  }

  private java.util.List<AuditEvent> events() {
    return fixture.auditEvents();
  }

  private java.util.List<AuditAction> actions() {
    return events().stream().map(AuditEvent::action).toList();
  }
}
