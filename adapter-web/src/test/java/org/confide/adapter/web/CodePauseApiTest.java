package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member whose code sign-in is paused, after wrong codes given anywhere (here through another
 * node, the use case itself), is told over the API how long to wait, and is let in after it.
 */
class CodePauseApiTest {

  private static final String ADVISER = "adviser@example.ac.uk";
  private final Api api = new Api();
  private String secret;

  @BeforeEach
  void adviserHasSetUpTwoFactorSignIn() {
    assertThat(
            api.fixture
                .confide
                .requireTwoFactor()
                .require(api.fixture.admin, RequireTwoFactorUseCase.Command.on()))
        .isEqualTo(Outcome.ok());
    var token = logIn(null).json().get("token").asText();
    var enrolment = api.post("/api/v1/staff/two-factor", token, Map.of());
    secret = enrolment.json().get("secret").asText();
    assertThat(
            api.post(
                    "/api/v1/staff/two-factor/confirmation",
                    token,
                    Map.of("code", TwoFactor.codeAt(secret, api.fixture.clock.instant())))
                .status())
        .isEqualTo(200);
    api.fixture.clock.advance(Duration.ofMinutes(1));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_paused_account_is_told_how_long_to_wait_and_let_in_after_it() {
    for (int i = 0; i < 5; i++) {
      var wrong = String.format("%06d", (Integer.parseInt(codeNow()) + 1 + i) % 1_000_000);
      assertThat(
              api.fixture
                  .confide
                  .logInStaff()
                  .logIn(
                      new LogInStaffUseCase.Command(
                          ADVISER, Api.PASSWORD.toCharArray(), Optional.of(wrong))))
          .matches(outcome -> !outcome.isDone());
    }
    api.fixture.clock.advance(Duration.ofSeconds(15));

    var paused = logIn(codeNow());

    assertThat(paused.status()).isEqualTo(429);
    assertThat(paused.header("Retry-After")).isEqualTo("45");
    assertThat(paused.json().get("detail").asText())
        .isEqualTo("Too many attempts; wait 1 minute before trying again (see Retry-After).");
    api.fixture.clock.advance(Duration.ofSeconds(45));
    assertThat(logIn(codeNow()).status()).isEqualTo(200);
  }

  private Api.Reply logIn(String code) {
    return api.staffSignIn(ADVISER, code);
  }

  private String codeNow() {
    return TwoFactor.codeAt(secret, api.fixture.clock.instant());
  }
}
