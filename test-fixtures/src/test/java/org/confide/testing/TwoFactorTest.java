package org.confide.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.time.Instant;
import org.confide.application.Confide;
import org.confide.application.InMemoryConfide;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.staff.EmailAddress;
import org.junit.jupiter.api.Test;

/** The two-factor helper, against Confide as built by default: two-factor sign-in required. */
class TwoFactorTest {

  private static final String EMAIL = "admin@example.ac.uk";

  private final MutableClock clock = new MutableClock(Fixture.MONDAY_MORNING);
  private final Confide confide =
      InMemoryConfide.builder()
          .clock(clock)
          .passwordCost(Argon2idPasswords.Parameters.forTestsOnly())
          .build();

  TwoFactorTest() {
    confide
        .ensureFirstAdministrator()
        .ensure(
            new EnsureFirstAdministratorUseCase.Command(
                EmailAddress.of(EMAIL), "Ada Admin", Fixture.PASSWORD.toCharArray()))
        .orElseThrow();
  }

  @Test
  void setting_up_gives_a_session_that_passes_the_second_factor() {
    var password = logIn(LogInStaffUseCase.Command.withPassword(EMAIL, password()));
    assertThat(listStaff(password)).is(failedWith(Failure.TwoFactorFirst.class));

    var enrolled = TwoFactor.setUp(confide, password, clock);

    assertThat(listStaff(enrolled.session()).isDone()).isTrue();
    assertThat(enrolled.recoveryCodes()).hasSize(10);
  }

  @Test
  void the_code_computed_for_the_secret_signs_the_member_in_later() {
    var secret = TwoFactor.setUp(confide, logInWithPassword(), clock).secret();
    clock.advance(Duration.ofHours(20));

    var outcome =
        confide
            .logInStaff()
            .logIn(
                LogInStaffUseCase.Command.withPassword(EMAIL, password())
                    .withCode(TwoFactor.codeAt(secret, clock.instant())));

    assertThat(outcome.isDone()).isTrue();
    assertThat(listStaff(outcome.orElseThrow().token()).isDone()).isTrue();
  }

  @Test
  void the_code_of_another_moment_is_refused() {
    var secret = TwoFactor.setUp(confide, logInWithPassword(), clock).secret();
    clock.advance(Duration.ofHours(20));

    var stale = TwoFactor.codeAt(secret, clock.instant().minus(Duration.ofMinutes(5)));
    var outcome =
        confide
            .logInStaff()
            .logIn(LogInStaffUseCase.Command.withPassword(EMAIL, password()).withCode(stale));

    assertThat(outcome).is(failedWith(Failure.Unauthenticated.class));
  }

  @Test
  void a_code_is_six_digits_of_its_thirty_second_step() {
    var secret = "JBSWY3DPEHPK3PXP";
    var at = Instant.parse("2026-11-02T10:00:00Z");

    assertThat(TwoFactor.codeAt(secret, at)).matches("[0-9]{6}");
    assertThat(TwoFactor.codeAt(secret, at.plusSeconds(29)))
        .isEqualTo(TwoFactor.codeAt(secret, at));
    assertThat(TwoFactor.codeAt(secret, at.plusSeconds(30)))
        .isNotEqualTo(TwoFactor.codeAt(secret, at));
  }

  private SessionToken logInWithPassword() {
    return logIn(LogInStaffUseCase.Command.withPassword(EMAIL, password()));
  }

  private SessionToken logIn(LogInStaffUseCase.Command command) {
    return confide.logInStaff().logIn(command).orElseThrow().token();
  }

  private Outcome<?, ?> listStaff(SessionToken session) {
    return confide.listStaff().list(session);
  }

  private static char[] password() {
    return Fixture.PASSWORD.toCharArray();
  }
}
