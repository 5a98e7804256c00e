package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.util.Optional;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.ReplaceRecoveryCodesUseCase;
import org.confide.domain.audit.AuditAction;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.Test;

/**
 * A member replaces their recovery codes with a fresh code from their app: the new codes sign in,
 * the old ones no longer do, and neither a recovery code nor a used app code makes new ones.
 */
class RecoveryCodesReplacedTest {

  private static final String ADVISER = "adviser@example.ac.uk";

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;
  private final TwoFactor.Enrolled enrolled =
      TwoFactor.setUp(confide, fixture.logIn(ADVISER), fixture.clock);

  private ReplaceRecoveryCodesUseCase.Command code(String code) {
    return new ReplaceRecoveryCodesUseCase.Command(code);
  }

  private boolean signsInWith(String code) {
    return confide
        .logInStaff()
        .logIn(
            new LogInStaffUseCase.Command(
                ADVISER, Fixture.PASSWORD.toCharArray(), Optional.of(code)))
        .isDone();
  }

  @Test
  void a_fresh_app_code_replaces_the_codes_and_the_old_ones_stop_working() {
    fixture.clock.advance(Duration.ofSeconds(30));
    var fresh = TwoFactor.codeAt(enrolled.secret(), fixture.clock.instant());

    var replaced = confide.replaceRecoveryCodes().replace(enrolled.session(), code(fresh));

    var codes = replaced.orElseThrow();
    assertThat(codes).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
    assertThat(signsInWith(enrolled.recoveryCodes().get(0))).isFalse();
    assertThat(signsInWith(codes.get(0))).isTrue();
    assertThat(fixture.auditEvents())
        .anyMatch(event -> event.action() == AuditAction.RECOVERY_CODES_REPLACED);
  }

  @Test
  void a_recovery_code_or_an_app_code_used_before_makes_no_new_codes() {
    var used = TwoFactor.codeAt(enrolled.secret(), fixture.clock.instant());

    var again = confide.replaceRecoveryCodes().replace(enrolled.session(), code(used));
    var recovery =
        confide
            .replaceRecoveryCodes()
            .replace(enrolled.session(), code(enrolled.recoveryCodes().get(1)));

    assertThat(again).is(failedWith(Failure.Invalid.class));
    assertThat(recovery).is(failedWith(Failure.Invalid.class));
    assertThat(signsInWith(enrolled.recoveryCodes().get(1))).isTrue();
  }

  @Test
  void without_two_factor_sign_in_set_up_it_is_refused() {
    assertThat(confide.replaceRecoveryCodes().replace(fixture.lead, code("123456")))
        .is(failedWith(Failure.Refused.class));
  }
}
