package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.RequireTwoFactorUseCase;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff two-factor sign-in over the API, as a new deployment has it (required of all staff):
 * setting it up, signing in with codes and recovery codes, and an administrator's reset and
 * requirement.
 */
class TwoFactorApiTest {

  private static final String ADVISER = "adviser@example.ac.uk";
  private static final String ADMIN = "admin@example.ac.uk";
  private final Api api = new Api();

  @BeforeEach
  void requireTwoFactor() {
    assertThat(
            api.fixture
                .confide
                .requireTwoFactor()
                .require(api.fixture.admin, RequireTwoFactorUseCase.Command.on()))
        .isEqualTo(Outcome.ok());
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_member_without_it_is_told_to_set_it_up_and_can_do_nothing_else() {
    var login = logIn(ADVISER, null);
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().get("twoFactorSetUpRequired").asBoolean()).isTrue();
    var token = login.json().get("token").asText();

    var cases = api.get("/api/v1/staff/cases", token);
    assertThat(cases.status()).isEqualTo(409);
    assertThat(cases.json().get("detail").asText()).contains("Two-factor sign-in is required");
    var status = api.get("/api/v1/staff/two-factor", token);
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.json().toString())
        .isEqualTo("{\"setUp\":false,\"required\":true,\"recoveryCodesLeft\":0}");
  }

  @Test
  void setting_it_up_replaces_the_session_and_shows_the_recovery_codes_once() {
    var token = logIn(ADVISER, null).json().get("token").asText();
    var enrolment = api.post("/api/v1/staff/two-factor", token, Map.of());
    assertThat(enrolment.status()).isEqualTo(200);
    var secret = enrolment.json().get("secret").asText();
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(enrolment.json().get("uri").asText()).startsWith("otpauth://totp/Confide:");

    var wrong = api.post(confirmation(), token, Map.of("code", wrongCode(secret)));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("errors").get(0).get("field").asText()).isEqualTo("code");
    var missing = api.post(confirmation(), token, Map.of());
    assertThat(missing.status()).isEqualTo(400);

    var confirmed = api.post(confirmation(), token, Map.of("code", codeNow(secret)));
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().get("recoveryCodes")).hasSize(10);
    var renewed = confirmed.json().get("token").asText();
    assertThat(renewed).isNotEqualTo(token);
    assertThat(api.get("/api/v1/staff/cases", token).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/staff/cases", renewed).status()).isEqualTo(200);
    assertThat(api.post("/api/v1/staff/two-factor", renewed, Map.of()).status()).isEqualTo(409);
  }

  @Test
  void every_login_then_needs_an_unused_code_and_every_failure_looks_the_same() {
    var secret = setUp(ADVISER);
    api.fixture.clock.advance(Duration.ofMinutes(1));

    var noCode = logIn(ADVISER, null);
    var wrongCode = logIn(ADVISER, wrongCode(secret));
    var wrongPassword =
        api.post(
            "/api/v1/staff/session",
            null,
            Map.of("email", ADVISER, "password", "not the password", "code", codeNow(secret)));
    for (var reply : java.util.List.of(noCode, wrongCode, wrongPassword)) {
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.body()).isEqualTo(noCode.body());
    }
    assertThat(noCode.json().get("title").asText()).isEqualTo("Sign-in failed");

    var code = codeNow(secret);
    var in = logIn(ADVISER, code);
    assertThat(in.status()).isEqualTo(200);
    assertThat(in.json().get("twoFactorSetUpRequired").asBoolean()).isFalse();
    assertThat(logIn(ADVISER, code).status()).isEqualTo(401);
  }

  @Test
  void a_recovery_code_signs_in_once() {
    var token = logIn(ADVISER, null).json().get("token").asText();
    var secret =
        api.post("/api/v1/staff/two-factor", token, Map.of()).json().get("secret").asText();
    var codes =
        api.post(confirmation(), token, Map.of("code", codeNow(secret)))
            .json()
            .get("recoveryCodes");
    var recovery = codes.get(0).asText();

    assertThat(logIn(ADVISER, recovery).status()).isEqualTo(200);
    assertThat(logIn(ADVISER, recovery).status()).isEqualTo(401);
  }

  @Test
  void an_administrator_resets_a_member_and_sets_the_requirement_and_nobody_else_may() {
    var adminSecret = setUp(ADMIN);
    var adviserSecret = setUp(ADVISER);
    api.fixture.clock.advance(Duration.ofMinutes(1));
    var admin = logIn(ADMIN, codeNow(adminSecret)).json().get("token").asText();
    var adviser = logIn(ADVISER, codeNow(adviserSecret)).json().get("token").asText();

    assertThat(api.post(reset(), adviser, Map.of("email", ADMIN)).status()).isEqualTo(403);
    assertThat(api.put("/api/v1/admin/two-factor", adviser, Map.of("required", false)).status())
        .isEqualTo(403);
    assertThat(api.post(reset(), admin, Map.of()).status()).isEqualTo(400);
    assertThat(api.post(reset(), admin, Map.of("email", "nobody@example.ac.uk")).status())
        .isEqualTo(404);

    assertThat(api.post(reset(), admin, Map.of("email", ADVISER)).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/staff/cases", adviser).status()).isEqualTo(401);
    assertThat(logIn(ADVISER, null).json().get("twoFactorSetUpRequired").asBoolean()).isTrue();

    assertThat(api.get("/api/v1/admin/two-factor", admin).json().toString())
        .isEqualTo("{\"required\":true}");
    var wrongType = new HashMap<String, Object>();
    wrongType.put("required", "perhaps");
    assertThat(api.put("/api/v1/admin/two-factor", admin, wrongType).status()).isEqualTo(400);
    assertThat(api.put("/api/v1/admin/two-factor", admin, Map.of("required", false)).status())
        .isEqualTo(204);
    assertThat(api.get("/api/v1/admin/two-factor", admin).json().toString())
        .isEqualTo("{\"required\":false}");
    assertThat(logIn(ADVISER, null).json().get("twoFactorSetUpRequired").asBoolean()).isFalse();
  }

  private Api.Reply logIn(String email, String code) {
    return api.staffSignIn(email, code);
  }

  /** Sets up two-factor sign-in for {@code email} over the API; returns the secret. */
  private String setUp(String email) {
    var token = logIn(email, null).json().get("token").asText();
    var secret =
        api.post("/api/v1/staff/two-factor", token, Map.of()).json().get("secret").asText();
    assertThat(api.post(confirmation(), token, Map.of("code", codeNow(secret))).status())
        .isEqualTo(200);
    return secret;
  }

  private static String confirmation() {
    return "/api/v1/staff/two-factor/confirmation";
  }

  private static String reset() {
    return "/api/v1/admin/two-factor/reset";
  }

  private String codeNow(String secret) {
    return TwoFactor.codeAt(secret, api.fixture.clock.instant());
  }

  private String wrongCode(String secret) {
    return String.format("%06d", (Integer.parseInt(codeNow(secret)) + 1) % 1_000_000);
  }
}
