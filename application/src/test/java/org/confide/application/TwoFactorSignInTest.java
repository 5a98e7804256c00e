package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.util.Optional;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.ConfirmTwoFactorUseCase;
import org.confide.application.port.in.ConfirmTwoFactorUseCase.Confirmed;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase.Status;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.application.port.in.ResetTwoFactorUseCase;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SignInDenial;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff two-factor sign-in through the use cases: required by default, set up with a code, asked
 * for at every login, each code good once, recovery codes good once, and reset by an administrator.
 */
class TwoFactorSignInTest {

  private static final String ADVISER = "adviser@example.ac.uk";
  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  @BeforeEach
  void requireTwoFactorAsANewDeploymentDoes() {
    // The fixture's staff sign in with a password alone; the default is what this test is about.
    assertThat(
            confide.requireTwoFactor().require(fixture.admin, RequireTwoFactorUseCase.Command.on()))
        .isEqualTo(Outcome.ok());
  }

  @Test
  void a_new_deployment_requires_two_factor_sign_in_of_staff() {
    var fresh = InMemoryConfide.builder().buildPorts();

    assertThat(fresh.settings().current().staffTwoFactorRequired()).isTrue();
  }

  @Test
  void until_it_is_set_up_a_session_opens_nothing_but_the_setting_up() {
    var session = logIn(ADVISER, null);

    assertThat(confide.listCases().list(session, ListCasesUseCase.Command.firstPage(View.QUEUE)))
        .isEqualTo(Outcome.failed(new Failure.TwoFactorFirst()));
    assertThat(new Failure.TwoFactorFirst().reason()).contains("Two-factor sign-in is required");
    assertThat(confide.identifyStaff().identify(session))
        .isEqualTo(Outcome.failed(new Failure.TwoFactorFirst()));
    assertThat(confide.readTwoFactorStatus().read(session))
        .isEqualTo(Outcome.done(new Status(false, true, 0)));
  }

  @Test
  void setting_up_gives_a_new_session_that_works_and_ten_recovery_codes_shown_once() {
    var session = logIn(ADVISER, null);
    var enrolment = confide.beginTwoFactor().begin(session).orElseThrow();
    assertThat(confide.beginTwoFactor().begin(session).orElseThrow()).isEqualTo(enrolment);
    assertThat(enrolment.uri())
        .startsWith("otpauth://totp/Confide:adviser%40example.ac.uk?secret=" + enrolment.secret());

    var confirmed = confirm(session, enrolment.secret());

    assertThat(confirmed.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(confirmed.recoveryCodes()).allMatch(code -> code.matches("[0-9A-Z]{5}-[0-9A-Z]{5}"));
    assertThat(confide.listCases().list(session, ListCasesUseCase.Command.firstPage(View.QUEUE)))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(
            confide
                .listCases()
                .list(confirmed.session().token(), ListCasesUseCase.Command.firstPage(View.QUEUE))
                .isDone())
        .isTrue();
    assertThat(confide.readTwoFactorStatus().read(confirmed.session().token()))
        .isEqualTo(Outcome.done(new Status(true, true, 10)));
    assertThat(confide.beginTwoFactor().begin(confirmed.session().token()))
        .is(failedWith(Failure.Refused.class));
    assertThat(audited(AuditAction.TWO_FACTOR_SET_UP)).hasSize(1);
  }

  @Test
  void a_wrong_code_does_not_set_it_up_and_says_which_field() {
    var session = logIn(ADVISER, null);
    var secret = Totp.fromBase32(confide.beginTwoFactor().begin(session).orElseThrow().secret());

    assertThat(
            Failures.fields(
                confide
                    .confirmTwoFactor()
                    .confirm(session, new ConfirmTwoFactorUseCase.Command(wrongCode(secret)))))
        .containsExactly("code");
    assertThat(
            Failures.fields(
                confide
                    .confirmTwoFactor()
                    .confirm(session, new ConfirmTwoFactorUseCase.Command(""))))
        .containsExactly("code");
    assertThat(confide.readTwoFactorStatus().read(session).orElseThrow().setUp()).isFalse();
  }

  @Test
  void once_set_up_every_login_needs_a_code_and_each_code_works_once() {
    var secret = setUp(ADVISER);
    fixture.clock.advance(Duration.ofMinutes(1));

    assertThat(attempt(ADVISER, null)).is(failedWith(Failure.Unauthenticated.class));
    assertThat(attempt(ADVISER, "")).is(failedWith(Failure.Unauthenticated.class));
    assertThat(attempt(ADVISER, wrongCode(secret))).is(failedWith(Failure.Unauthenticated.class));
    var code = codeNow(secret);
    assertThat(attempt(ADVISER, code).isDone()).isTrue();
    assertThat(attempt(ADVISER, code)).is(failedWith(Failure.Unauthenticated.class));
    fixture.clock.advance(Duration.ofSeconds(30));
    assertThat(attempt(ADVISER, codeNow(secret)).isDone()).isTrue();
  }

  @Test
  void a_code_from_two_steps_ago_is_refused() {
    var secret = setUp(ADVISER);
    fixture.clock.advance(Duration.ofMinutes(5));
    var stale = Totp.code(secret, Totp.step(fixture.clock.instant()) - 2);

    assertThat(attempt(ADVISER, stale)).is(failedWith(Failure.Unauthenticated.class));
  }

  @Test
  void a_wrong_password_with_a_right_code_is_refused_and_spends_nothing() {
    var secret = setUp(ADVISER);
    fixture.clock.advance(Duration.ofMinutes(1));
    var code = codeNow(secret);

    assertThat(
            confide
                .logInStaff()
                .logIn(
                    new LogInStaffUseCase.Command(
                        ADVISER,
                        "not the password at all".toCharArray(),
                        Optional.ofNullable(code))))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(attempt(ADVISER, code).isDone()).isTrue();
  }

  @Test
  void a_recovery_code_signs_in_once_in_any_case_and_is_audited() {
    var recovery =
        TwoFactor.setUp(confide, logIn(ADVISER, null), fixture.clock).recoveryCodes().get(3);

    var in = attempt(ADVISER, " " + recovery.toLowerCase() + " ");

    assertThat(in.isDone()).isTrue();
    assertThat(attempt(ADVISER, recovery)).is(failedWith(Failure.Unauthenticated.class));
    assertThat(confide.readTwoFactorStatus().read(in.orElseThrow().token()).orElseThrow())
        .isEqualTo(new Status(true, true, 9));
    assertThat(audited(AuditAction.RECOVERY_CODE_USED)).hasSize(1);
  }

  @Test
  void recovery_codes_are_stored_only_as_keyed_hashes() {
    var enrolled = TwoFactor.setUp(confide, logIn(ADVISER, null), fixture.clock);

    var stored = storedAuthenticator(ADVISER);
    assertThat(stored.recoveryCodeDigests()).hasSize(10).allMatch(d -> d.matches("[0-9a-f]{64}"));
    for (var code : enrolled.recoveryCodes()) {
      assertThat(stored.recoveryCodeDigests())
          .noneMatch(d -> d.contains(code.replace("-", "").toLowerCase()));
    }
  }

  @Test
  void an_administrator_resets_a_lost_authenticator_ending_the_members_sessions() {
    var secret = setUp(ADVISER);
    fixture.clock.advance(Duration.ofMinutes(1));
    var before = attempt(ADVISER, codeNow(secret)).orElseThrow().token();

    assertThat(
            confide
                .resetTwoFactor()
                .reset(adminSession(), new ResetTwoFactorUseCase.Command(EmailAddress.of(ADVISER))))
        .isEqualTo(Outcome.ok());

    assertThat(confide.listCases().list(before, ListCasesUseCase.Command.firstPage(View.QUEUE)))
        .is(failedWith(Failure.Unauthenticated.class));
    var after = logIn(ADVISER, null);
    assertThat(confide.readTwoFactorStatus().read(after).orElseThrow().mustSetUp()).isTrue();
    assertThat(audited(AuditAction.TWO_FACTOR_RESET))
        .singleElement()
        .satisfies(event -> assertThat(event.detail()).isEqualTo(staffId(ADVISER)));
    assertThat(
            confide
                .resetTwoFactor()
                .reset(
                    adminSession(),
                    new ResetTwoFactorUseCase.Command(EmailAddress.of("nobody@example.ac.uk"))))
        .is(failedWith(Failure.NotFound.class));
  }

  @Test
  void only_administrators_reset_or_require_two_factor_sign_in() {
    var adviser = adviserSession();

    assertThat(
            confide
                .resetTwoFactor()
                .reset(
                    adviser,
                    new ResetTwoFactorUseCase.Command(EmailAddress.of("admin@example.ac.uk"))))
        .is(failedWith(Failure.Forbidden.class));
    assertThat(confide.requireTwoFactor().require(adviser, RequireTwoFactorUseCase.Command.off()))
        .is(failedWith(Failure.Forbidden.class));
  }

  @Test
  void not_requiring_it_lets_members_without_it_work_but_members_with_it_still_need_codes() {
    var admin = adminSession();
    var secret = setUp(ADVISER);

    assertThat(confide.requireTwoFactor().require(admin, RequireTwoFactorUseCase.Command.off()))
        .isEqualTo(Outcome.ok());

    var lead = logIn("lead@example.ac.uk", null);
    assertThat(
            confide.listCases().list(lead, ListCasesUseCase.Command.firstPage(View.QUEUE)).isDone())
        .isTrue();
    fixture.clock.advance(Duration.ofMinutes(1));
    assertThat(attempt(ADVISER, null)).is(failedWith(Failure.Unauthenticated.class));
    assertThat(attempt(ADVISER, codeNow(secret)).isDone()).isTrue();
    assertThat(audited(AuditAction.TWO_FACTOR_REQUIREMENT_CHANGED))
        .extracting(AuditEvent::detail)
        .containsExactly("required", "not required");
  }

  @Test
  void requiring_it_limits_the_live_sessions_of_members_without_it_at_once() {
    assertThat(
            confide
                .requireTwoFactor()
                .require(adminSession(), RequireTwoFactorUseCase.Command.off()))
        .isEqualTo(Outcome.ok());
    var lead = logIn("lead@example.ac.uk", null);
    assertThat(
            confide.listCases().list(lead, ListCasesUseCase.Command.firstPage(View.QUEUE)).isDone())
        .isTrue();

    assertThat(
            confide
                .requireTwoFactor()
                .require(adminSession(), RequireTwoFactorUseCase.Command.on()))
        .isEqualTo(Outcome.ok());

    assertThat(confide.listCases().list(lead, ListCasesUseCase.Command.firstPage(View.QUEUE)))
        .isEqualTo(Outcome.failed(new Failure.TwoFactorFirst()));
  }

  // The administrator, set up with two-factor sign-in and signed in with a code.
  private SessionToken admin;
  private byte[] adminSecret;

  private SessionToken adminSession() {
    if (admin == null) {
      adminSecret = setUp("admin@example.ac.uk");
      fixture.clock.advance(Duration.ofSeconds(31));
      admin = attempt("admin@example.ac.uk", codeNow(adminSecret)).orElseThrow().token();
    }
    return admin;
  }

  private SessionToken adviserSession() {
    var secret = setUp(ADVISER);
    fixture.clock.advance(Duration.ofSeconds(31));
    return attempt(ADVISER, codeNow(secret)).orElseThrow().token();
  }

  private byte[] setUp(String email) {
    return Totp.fromBase32(TwoFactor.setUp(confide, logIn(email, null), fixture.clock).secret());
  }

  private Confirmed confirm(SessionToken session, String base32) {
    return confide
        .confirmTwoFactor()
        .confirm(session, new ConfirmTwoFactorUseCase.Command(codeNow(Totp.fromBase32(base32))))
        .orElseThrow();
  }

  private SessionToken logIn(String email, String code) {
    return attempt(email, code).orElseThrow().token();
  }

  private Outcome<SessionGrant, SignInDenial> attempt(String email, String code) {
    return confide
        .logInStaff()
        .logIn(
            new LogInStaffUseCase.Command(
                email, Fixture.PASSWORD.toCharArray(), Optional.ofNullable(code)));
  }

  private String codeNow(byte[] secret) {
    return Totp.code(secret, Totp.step(fixture.clock.instant()));
  }

  private String wrongCode(byte[] secret) {
    var right = Integer.parseInt(codeNow(secret));
    return String.format("%06d", (right + 1) % 1_000_000);
  }

  private Authenticator storedAuthenticator(String email) {
    var member = fixture.ports.staffDirectory().findByEmail(EmailAddress.of(email)).orElseThrow();
    return fixture.ports.authenticators().find(member.id()).orElseThrow();
  }

  private String staffId(String email) {
    return fixture
        .ports
        .staffDirectory()
        .findByEmail(EmailAddress.of(email))
        .orElseThrow()
        .id()
        .toString();
  }

  private java.util.List<AuditEvent> audited(AuditAction action) {
    return fixture.audited(action);
  }
}
