package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.application.port.in.SignInWithProviderUseCase.Command;
import org.confide.application.port.in.SignInWithProviderUseCase.Provision;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffMember;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Provisioning at single sign-on through the use case: an unknown verified email whose groups map
 * to a role gets a new active account with those roles, audited by the system; no mapped group, a
 * deactivated account or an existing account's roles are never changed by it.
 */
class ProvisioningTest {

  private static final String NEWCOMER = "newcomer@example.ac.uk";
  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  @BeforeEach
  void requireTwoFactorAsANewDeploymentDoes() {
    assertThat(
            confide.requireTwoFactor().require(fixture.admin, RequireTwoFactorUseCase.Command.on()))
        .isEqualTo(Outcome.ok());
  }

  private static Command provisioning(String email, boolean secondFactor, Set<Role> roles) {
    return new Command(
        email,
        true,
        secondFactor,
        Optional.empty(),
        Optional.of(new Provision("Nia Newcomer", roles)));
  }

  private Outcome<?, ?> signIn(Command command) {
    return confide.signInWithProvider().signIn(command);
  }

  private Optional<StaffMember> account(String email) {
    return fixture.ports.staffDirectory().findByEmail(EmailAddress.of(email));
  }

  @Test
  void an_unknown_email_with_a_mapped_group_gets_an_active_account_and_a_working_session() {
    var grant =
        confide
            .signInWithProvider()
            .signIn(provisioning(NEWCOMER, true, Set.of(Role.ADVISER, Role.SAFEGUARDING_LEAD)))
            .orElseThrow();

    var member = account(NEWCOMER).orElseThrow();
    assertThat(member.active()).isTrue();
    assertThat(member.displayName()).isEqualTo("Nia Newcomer");
    assertThat(member.roles()).containsExactlyInAnyOrder(Role.ADVISER, Role.SAFEGUARDING_LEAD);
    assertThat(
            confide
                .listCases()
                .list(grant.token(), ListCasesUseCase.Command.firstPage(View.QUEUE))
                .isDone())
        .isTrue();
    assertThat(fixture.audited(AuditAction.STAFF_CREATED))
        .last()
        .satisfies(event -> {
          assertThat(event.actor()).isEqualTo(Actor.system());
          assertThat(event.detail())
              .startsWith(member.id().toString())
              .contains("single sign-on provisioning")
              .doesNotContain("newcomer")
              .doesNotContain("Nia");
        });
    assertThat(fixture.audited(AuditAction.STAFF_LOGGED_IN).getLast().actor())
        .isEqualTo(Actor.staff(member.id()));
  }

  @Test
  void a_provisioned_member_without_the_providers_second_factor_must_set_up_an_app_first() {
    var grant =
        confide
            .signInWithProvider()
            .signIn(provisioning(NEWCOMER, false, Set.of(Role.ADVISER)))
            .orElseThrow();

    assertThat(
            confide.listCases().list(grant.token(), ListCasesUseCase.Command.firstPage(View.QUEUE)))
        .isEqualTo(Outcome.failed(new Failure.TwoFactorFirst()));
  }

  @Test
  void an_unknown_email_with_no_mapped_group_is_refused_and_no_account_is_created() {
    var before = fixture.audited(AuditAction.STAFF_CREATED).size();

    var refused = signIn(provisioning(NEWCOMER, true, Set.of()));

    assertThat(refused)
        .isInstanceOfSatisfying(
            Outcome.Failed.class,
            failed ->
                assertThat(((Failure.Refused) failed.failure()).reason())
                    .contains("none of your groups"));
    assertThat(account(NEWCOMER)).isEmpty();
    assertThat(fixture.audited(AuditAction.STAFF_CREATED)).hasSize(before);
    assertThat(fixture.audited(AuditAction.STAFF_LOGIN_FAILED))
        .last()
        .satisfies(event -> {
          assertThat(event.actor()).isEqualTo(Actor.system());
          assertThat(event.detail()).isEqualTo("single sign-on: no account, no mapped group");
        });
  }

  @Test
  void an_unverified_email_is_never_provisioned() {
    var command =
        new Command(
            NEWCOMER,
            false,
            true,
            Optional.empty(),
            Optional.of(new Provision("Nia", Set.of(Role.ADVISER))));

    assertThat(signIn(command).isDone()).isFalse();
    assertThat(account(NEWCOMER)).isEmpty();
  }

  @Test
  void a_deactivated_account_is_not_reactivated_by_provisioning() {
    var admin = TwoFactor.setUp(confide, fixture.admin, fixture.clock).session();
    var email = "adviser@example.ac.uk";
    assertThat(
            confide
                .deactivateStaff()
                .deactivate(admin, new DeactivateStaffUseCase.Command(EmailAddress.of(email)))
                .isDone())
        .isTrue();

    var refused = signIn(provisioning(email, true, Set.of(Role.ADVISER)));

    assertThat(refused)
        .isInstanceOfSatisfying(
            Outcome.Failed.class,
            failed ->
                assertThat(((Failure.Refused) failed.failure()).reason()).contains("deactivated"));
    assertThat(account(email).orElseThrow().active()).isFalse();
  }

  @Test
  void an_existing_accounts_roles_are_not_changed_by_provisioning() {
    var email = "adviser@example.ac.uk";
    var before = account(email).orElseThrow();

    assertThat(signIn(provisioning(email, true, Set.of(Role.ADMIN))).isDone()).isTrue();

    var after = account(email).orElseThrow();
    assertThat(after.roles()).isEqualTo(before.roles());
    assertThat(after.displayName()).isEqualTo(before.displayName());
  }

  @Test
  void a_name_that_breaks_the_rules_falls_back_to_the_email_address() {
    var command =
        new Command(
            NEWCOMER,
            true,
            true,
            Optional.empty(),
            Optional.of(new Provision("   ", Set.of(Role.ANALYST))));

    assertThat(signIn(command).isDone()).isTrue();
    assertThat(account(NEWCOMER).orElseThrow().displayName()).isEqualTo(NEWCOMER);
  }

  @Test
  void the_provision_prints_no_name() {
    assertThat(new Provision("Nia Newcomer", Set.of(Role.ADVISER)).toString())
        .doesNotContain("Nia");
  }
}
