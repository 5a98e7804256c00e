package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SignInWithProviderUseCase.Command;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on through the use case: a verified email address opens the session of the active
 * account that has it, and nothing else does; the provider's second factor stands in for Confide's
 * only when the adapter says the deployer accepts it; every outcome is audited without the email.
 */
class SignInWithProviderTest {

  private static final String ADVISER = "adviser@example.ac.uk";
  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  @BeforeEach
  void requireTwoFactorAsANewDeploymentDoes() {
    assertThat(
            confide.requireTwoFactor().require(fixture.admin, RequireTwoFactorUseCase.Command.on()))
        .isEqualTo(Outcome.ok());
  }

  private Outcome<?, ?> signIn(Command command) {
    return confide.signInWithProvider().signIn(command);
  }

  private SessionToken token(Command command) {
    return confide.signInWithProvider().signIn(command).orElseThrow().token();
  }

  private Outcome<?, ?> queue(SessionToken session) {
    return confide.listCases().list(session, ListCasesUseCase.Command.firstPage(View.QUEUE));
  }

  @Test
  void
      a_verified_email_of_an_active_account_with_the_providers_second_factor_opens_a_working_session() {
    var session = token(new Command(ADVISER, true, true, Optional.empty()));

    assertThat(queue(session).isDone()).isTrue();
    assertThat(audited(AuditAction.STAFF_LOGGED_IN))
        .last()
        .satisfies(event -> {
          assertThat(event.actor()).isEqualTo(Actor.staff(staffId(ADVISER)));
          assertThat(event.detail()).isEqualTo("single sign-on, second factor by the provider");
        });
  }

  @Test
  void the_email_is_matched_whatever_its_case() {
    assertThat(signIn(new Command("Adviser@Example.AC.UK", true, true, Optional.empty())).isDone())
        .isTrue();
  }

  @Test
  void without_the_providers_second_factor_a_member_without_an_app_must_set_one_up_first() {
    var session = token(new Command(ADVISER, true, false, Optional.empty()));

    assertThat(queue(session)).isEqualTo(Outcome.failed(new Failure.TwoFactorFirst()));
  }

  @Test
  void without_the_providers_second_factor_a_member_with_an_app_must_give_a_fresh_code() {
    var enrolled = TwoFactor.setUp(confide, fixture.logIn(ADVISER), fixture.clock);
    fixture.clock.advance(Duration.ofSeconds(60));
    var command = new Command(ADVISER, true, false, Optional.empty());

    assertThat(signIn(command)).isEqualTo(Outcome.failed(new Failure.Unauthenticated()));
    assertThat(signIn(command.withCode("000000")))
        .isEqualTo(Outcome.failed(new Failure.Unauthenticated()));
    var code = Totp.code(Totp.fromBase32(enrolled.secret()), Totp.step(fixture.clock.instant()));
    var session = token(command.withCode(code));
    assertThat(queue(session).isDone()).isTrue();
    assertThat(signIn(command.withCode(code)))
        .as("a code works once")
        .isEqualTo(Outcome.failed(new Failure.Unauthenticated()));
    assertThat(token(command.withCode(enrolled.recoveryCodes().getFirst()))).isNotNull();
  }

  @Test
  void the_providers_second_factor_stands_in_for_a_members_app() {
    TwoFactor.setUp(confide, fixture.logIn(ADVISER), fixture.clock);

    var session = token(new Command(ADVISER, true, true, Optional.empty()));

    assertThat(queue(session).isDone()).isTrue();
  }

  @Test
  void an_unverified_email_is_refused_and_audited_without_naming_anyone() {
    var before = audited(AuditAction.STAFF_LOGIN_FAILED).size();

    var refused = signIn(new Command(ADVISER, false, true, Optional.empty()));

    assertThat(refused)
        .isInstanceOfSatisfying(
            Outcome.Failed.class,
            failed ->
                assertThat(((Failure.Refused) failed.failure()).reason())
                    .contains("did not confirm your email address"));
    assertThat(audited(AuditAction.STAFF_LOGIN_FAILED))
        .hasSize(before + 1)
        .last()
        .satisfies(event -> {
          assertThat(event.actor()).isEqualTo(Actor.system());
          assertThat(event.detail()).isEqualTo("single sign-on: email not verified");
        });
  }

  @Test
  void an_email_of_no_account_is_refused_and_no_account_is_created() {
    var refused = signIn(new Command("stranger@example.ac.uk", true, true, Optional.empty()));

    assertThat(refused)
        .isInstanceOfSatisfying(
            Outcome.Failed.class,
            failed ->
                assertThat(((Failure.Refused) failed.failure()).reason())
                    .contains("no Confide staff account"));
    assertThat(
            fixture.ports.staffDirectory().findByEmail(EmailAddress.of("stranger@example.ac.uk")))
        .isEmpty();
    assertThat(audited(AuditAction.STAFF_LOGIN_FAILED))
        .last()
        .satisfies(event -> {
          assertThat(event.actor()).isEqualTo(Actor.system());
          assertThat(event.detail()).isEqualTo("single sign-on: no account");
        });
  }

  @Test
  void a_deactivated_account_is_refused_and_audited_as_its_own() {
    var admin = TwoFactor.setUp(confide, fixture.admin, fixture.clock).session();
    assertThat(
            confide
                .deactivateStaff()
                .deactivate(admin, new DeactivateStaffUseCase.Command(EmailAddress.of(ADVISER)))
                .isDone())
        .isTrue();

    var refused = signIn(new Command(ADVISER, true, true, Optional.empty()));

    assertThat(refused)
        .isInstanceOfSatisfying(
            Outcome.Failed.class,
            failed ->
                assertThat(((Failure.Refused) failed.failure()).reason()).contains("deactivated"));
    assertThat(audited(AuditAction.STAFF_LOGIN_FAILED))
        .last()
        .satisfies(event -> {
          assertThat(event.actor()).isEqualTo(Actor.staff(staffId(ADVISER)));
          assertThat(event.detail()).isEqualTo("single sign-on: account deactivated");
        });
  }

  @Test
  void the_command_prints_no_email_or_code() {
    assertThat(new Command(ADVISER, true, false, Optional.of("123456")).toString())
        .doesNotContain("adviser")
        .doesNotContain("123456");
  }

  private org.confide.domain.staff.StaffId staffId(String email) {
    return fixture.ports.staffDirectory().findByEmail(EmailAddress.of(email)).orElseThrow().id();
  }

  private List<AuditEvent> audited(AuditAction action) {
    return fixture.audited(action);
  }
}
