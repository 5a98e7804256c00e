package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SignInDenial;
import org.confide.application.port.in.SignInWithProviderUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.StaffId;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code step of staff sign-in is limited per account, whichever way the password was proven:
 * after 5 wrong codes in a row it pauses, for longer after each further wrong code, and a right
 * code after the pause starts the count afresh.
 */
class CodePauseTest {

  private static final String ADVISER = "adviser@example.ac.uk";
  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;
  private TwoFactor.Enrolled enrolled;

  @BeforeEach
  void adviserHasSetUpTwoFactorSignIn() {
    assertThat(
            confide.requireTwoFactor().require(fixture.admin, RequireTwoFactorUseCase.Command.on()))
        .isEqualTo(Outcome.ok());
    var session = attempt(ADVISER, null).orElseThrow().token();
    enrolled = TwoFactor.setUp(confide, session, fixture.clock);
    fixture.clock.advance(Duration.ofMinutes(1));
  }

  @Test
  void four_wrong_codes_leave_the_code_step_open() {
    wrongCodes(4);

    assertThat(attempt(ADVISER, codeNow())).matches(Outcome::isDone);
    assertThat(audited(AuditAction.CODE_SIGN_IN_PAUSED)).isEmpty();
  }

  @Test
  void the_fifth_wrong_code_pauses_the_account_for_a_minute_and_is_audited() {
    wrongCodes(5);

    assertThat(attempt(ADVISER, codeNow())).isEqualTo(throttled(Duration.ofMinutes(1)));
    var paused = audited(AuditAction.CODE_SIGN_IN_PAUSED);
    assertThat(paused).hasSize(1);
    assertThat(paused.getFirst().actor()).isEqualTo(Actor.staff(staffId()));
    assertThat(paused.getFirst().detail()).isEqualTo("5 wrong codes in a row; paused for 1 minute");
  }

  @Test
  void while_paused_even_a_right_code_or_a_wrong_password_is_refused_unchecked() {
    wrongCodes(5);
    fixture.clock.advance(Duration.ofSeconds(20));
    var code = codeNow();

    assertThat(attempt(ADVISER, code)).isEqualTo(throttled(Duration.ofSeconds(40)));
    assertThat(
            confide
                .logInStaff()
                .logIn(
                    new LogInStaffUseCase.Command(
                        ADVISER, "not the password".toCharArray(), Optional.of(code))))
        .isEqualTo(throttled(Duration.ofSeconds(40)));
    assertThat(audited(AuditAction.CODE_SIGN_IN_PAUSED)).hasSize(1);

    fixture.clock.advance(Duration.ofSeconds(40));
    assertThat(attempt(ADVISER, codeNow())).matches(Outcome::isDone);
  }

  @Test
  void each_wrong_code_after_a_pause_doubles_it_up_to_an_hour() {
    wrongCodes(5);
    var pauses = new ArrayList<Duration>();
    for (int i = 0; i < 8; i++) {
      var throttled = (Failure.Throttled) failure(attempt(ADVISER, codeNow()));
      pauses.add(throttled.retryAfter());
      fixture.clock.advance(throttled.retryAfter());
      wrongCodes(1);
    }

    assertThat(pauses)
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(16),
            Duration.ofMinutes(32),
            Duration.ofMinutes(60),
            Duration.ofMinutes(60));
  }

  @Test
  void a_right_code_after_the_pause_starts_the_count_afresh() {
    wrongCodes(5);
    fixture.clock.advance(Duration.ofMinutes(1));
    assertThat(attempt(ADVISER, codeNow())).matches(Outcome::isDone);
    fixture.clock.advance(Duration.ofSeconds(31));

    wrongCodes(4);

    assertThat(attempt(ADVISER, codeNow())).matches(Outcome::isDone);
  }

  @Test
  void wrong_recovery_codes_count_and_a_right_one_is_refused_while_paused() {
    for (int i = 0; i < 5; i++) {
      assertThat(attempt(ADVISER, "AAAAA-AAAA" + i)).is(failedWith(Failure.Unauthenticated.class));
    }

    assertThat(attempt(ADVISER, enrolled.recoveryCodes().getFirst()))
        .isEqualTo(throttled(Duration.ofMinutes(1)));
    fixture.clock.advance(Duration.ofMinutes(1));
    assertThat(attempt(ADVISER, enrolled.recoveryCodes().getFirst())).matches(Outcome::isDone);
  }

  @Test
  void wrong_codes_after_the_providers_sign_in_count_against_the_same_account() {
    wrongCodes(3);
    for (int i = 0; i < 2; i++) {
      assertThat(providerCode("000000")).is(failedWith(Failure.Unauthenticated.class));
    }

    assertThat(providerCode(codeNow())).isEqualTo(Outcome.failed(throttledBy(1)));
    assertThat(attempt(ADVISER, codeNow())).isEqualTo(throttled(Duration.ofMinutes(1)));
  }

  @Test
  void a_missing_code_is_not_counted_as_a_wrong_one() {
    for (int i = 0; i < 6; i++) {
      assertThat(attempt(ADVISER, null)).is(failedWith(Failure.Unauthenticated.class));
      assertThat(attempt(ADVISER, " ")).is(failedWith(Failure.Unauthenticated.class));
    }

    assertThat(attempt(ADVISER, codeNow())).matches(Outcome::isDone);
  }

  private Outcome<?, ?> providerCode(String code) {
    return confide
        .signInWithProvider()
        .signIn(new SignInWithProviderUseCase.Command(ADVISER, true, false, Optional.of(code)));
  }

  private void wrongCodes(int count) {
    for (int i = 0; i < count; i++) {
      var right = Integer.parseInt(codeNow());
      var wrong = String.format("%06d", (right + 1 + i) % 1_000_000);
      assertThat(attempt(ADVISER, wrong)).is(failedWith(Failure.Unauthenticated.class));
    }
  }

  private String codeNow() {
    return Totp.code(Totp.fromBase32(enrolled.secret()), Totp.step(fixture.clock.instant()));
  }

  private Outcome<SessionGrant, SignInDenial> attempt(String email, String code) {
    return confide
        .logInStaff()
        .logIn(
            new LogInStaffUseCase.Command(
                email, Fixture.PASSWORD.toCharArray(), Optional.ofNullable(code)));
  }

  private static Outcome<SessionGrant, SignInDenial> throttled(Duration wait) {
    return Outcome.failed(new Failure.Throttled(wait));
  }

  private static Failure.Throttled throttledBy(int minutes) {
    return new Failure.Throttled(Duration.ofMinutes(minutes));
  }

  private static Failure failure(Outcome<?, ?> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Failed.class);
    return ((Outcome.Failed<?, ?>) outcome).failure();
  }

  private StaffId staffId() {
    return fixture.ports.staffDirectory().findByEmail(EmailAddress.of(ADVISER)).orElseThrow().id();
  }

  private List<AuditEvent> audited(AuditAction action) {
    return fixture.audited(action);
  }
}
