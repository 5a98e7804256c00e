package org.confide.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The staff accounts over the API: listed, renamed, re-roled, deactivated and made active. */
class StaffAccountsApiTest {

  private final Api api = new Api();

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode account(String admin, String email) {
    for (var account : api.get("/api/v1/admin/staff", admin).json().get("staff")) {
      if (account.get("email").asText().equals(email)) {
        return account;
      }
    }
    throw new AssertionError("no account " + email);
  }

  @Test
  void an_administrator_lists_changes_deactivates_and_reactivates_an_account() {
    var admin = api.logIn("admin@example.ac.uk");
    var adviser = account(admin, "adviser@example.ac.uk");
    var path = "/api/v1/admin/staff/" + adviser.get("id").asText();

    var renamed =
        api.put(
            path,
            admin,
            Map.of(
                "displayName",
                "Alex Renamed",
                "roles",
                List.of("ADVISER", "SAFEGUARDING_LEAD"),
                "active",
                false));

    assertThat(renamed.status()).isEqualTo(204);
    var changed = account(admin, "adviser@example.ac.uk");
    assertThat(changed.get("displayName").asText()).isEqualTo("Alex Renamed");
    assertThat(changed.get("roles").toString()).isEqualTo("[\"ADVISER\",\"SAFEGUARDING_LEAD\"]");
    assertThat(changed.get("active").asBoolean()).isFalse();
    assertThat(changed.get("twoFactorSetUp").isBoolean()).isTrue();
    var back =
        api.put(
            path,
            admin,
            Map.of("displayName", "Alex Renamed", "roles", List.of("ADVISER"), "active", true));
    assertThat(back.status()).isEqualTo(204);
    assertThat(account(admin, "adviser@example.ac.uk").get("active").asBoolean()).isTrue();
  }

  @Test
  void the_list_shows_when_each_account_last_signed_in() {
    var admin = api.logIn("admin@example.ac.uk");
    var created =
        api.post(
            "/api/v1/admin/staff",
            admin,
            Api.newStaff("new.adviser@example.ac.uk", "Nia New", "ADVISER"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(account(admin, "new.adviser@example.ac.uk").get("lastSignIn").isNull()).isTrue();

    api.fixture.clock.advance(Duration.ofHours(3));
    var signedInAt = api.fixture.clock.instant();
    api.logIn("new.adviser@example.ac.uk");
    api.fixture.clock.advance(Duration.ofMinutes(1));
    var again = api.logIn("admin@example.ac.uk");

    assertThat(account(again, "new.adviser@example.ac.uk").get("lastSignIn").asText())
        .isEqualTo(signedInAt.toString());
    assertThat(account(again, "admin@example.ac.uk").get("lastSignIn").asText())
        .isEqualTo(api.fixture.clock.instant().toString());
  }

  @Test
  void a_member_changes_their_own_password_and_their_other_sessions_end() {
    var elsewhere = api.logIn("adviser@example.ac.uk");
    var here = api.logIn("adviser@example.ac.uk");
    var newPassword = "a brand new long password";

    var wrong =
        api.put(
            "/api/v1/staff/password",
            here,
            Map.of("currentPassword", "not the password", "newPassword", newPassword));
    var changed =
        api.put(
            "/api/v1/staff/password",
            here,
            Map.of("currentPassword", Api.PASSWORD, "newPassword", newPassword));

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.fields()).containsExactly("currentPassword");
    assertThat(changed.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/staff/two-factor", here).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/staff/two-factor", elsewhere).status()).isEqualTo(401);
    assertThat(
            api.post(
                    "/api/v1/staff/session",
                    null,
                    Map.of("email", "adviser@example.ac.uk", "password", newPassword))
                .status())
        .isEqualTo(200);
  }

  @Test
  void a_member_replaces_their_recovery_codes_with_a_fresh_code_from_the_app() {
    var enrolled =
        TwoFactor.setUp(
            api.fixture.confide, api.fixture.logIn("analyst@example.ac.uk"), api.fixture.clock);
    var token = enrolled.session().value();

    var used =
        api.post(
            "/api/v1/staff/two-factor/recovery-codes",
            token,
            Map.of("code", TwoFactor.codeAt(enrolled.secret(), api.fixture.clock.instant())));
    api.fixture.clock.advance(Duration.ofSeconds(30));
    var fresh =
        api.post(
            "/api/v1/staff/two-factor/recovery-codes",
            token,
            Map.of("code", TwoFactor.codeAt(enrolled.secret(), api.fixture.clock.instant())));

    assertThat(used.status()).isEqualTo(400);
    assertThat(used.fields()).containsExactly("code");
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.json().get("recoveryCodes")).hasSize(10);
    assertThat(fresh.body()).doesNotContain(enrolled.recoveryCodes().get(0));
  }

  @Test
  void the_last_administrator_is_kept_and_bad_bodies_name_their_fields() {
    var admin = api.logIn("admin@example.ac.uk");
    var self = account(admin, "admin@example.ac.uk");
    var path = "/api/v1/admin/staff/" + self.get("id").asText();

    var demoted =
        api.put(
            path,
            admin,
            Map.of("displayName", "Admin", "roles", List.of("ADVISER"), "active", true));
    var bad =
        api.put(
            path, admin, Map.of("displayName", " ", "roles", List.of("WIZARD"), "active", true));
    var unknown =
        api.put(
            "/api/v1/admin/staff/00000000-0000-4000-8000-000000000001",
            admin,
            Map.of("displayName", "Someone", "roles", List.of("ADVISER"), "active", true));

    assertThat(demoted.status()).isEqualTo(409);
    assertThat(demoted.body()).contains("last active administrator");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fields()).containsExactly("roles[0]");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/admin/staff", api.logIn("lead@example.ac.uk")).status())
        .isEqualTo(403);
  }
}
