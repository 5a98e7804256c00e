package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confide.bootstrap.Configuration.Reading;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Staff single sign-on as the environment configures it: off unless asked, every bad value named.
 */
class SingleSignOnConfigurationTest {

  private static final Map<String, String> ENTRA =
      Map.of(
          "CONFIDE_OIDC_ISSUER",
          "https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0",
          "CONFIDE_OIDC_CLIENT_ID",
          "6731de76-14a6-49ae-97bc-6eba6914391e",
          "CONFIDE_OIDC_CLIENT_SECRET",
          "a secret from the app registration");

  static Configuration valid(Map<String, String> environment) {
    var reading = Configuration.read(environment);
    assertThat(reading).isInstanceOf(Reading.Valid.class);
    return ((Reading.Valid) reading).configuration();
  }

  static List<String> problems(Map<String, String> environment) {
    var reading = Configuration.read(environment);
    assertThat(reading).isInstanceOf(Reading.Invalid.class);
    return ((Reading.Invalid) reading).problems();
  }

  private static Map<String, String> entraWith(String... more) {
    var environment = new HashMap<>(ENTRA);
    for (int i = 0; i < more.length; i += 2) {
      environment.put(more[i], more[i + 1]);
    }
    return environment;
  }

  @Test
  void single_sign_on_is_off_and_passwords_open_unless_an_issuer_is_set() {
    var sso = valid(Map.of()).singleSignOn();

    assertThat(sso.provider()).isEmpty();
    assertThat(sso.passwordSignIn()).isTrue();
  }

  @Test
  void an_issuer_with_its_client_turns_it_on_with_the_documented_defaults() {
    var provider = valid(ENTRA).singleSignOn().provider().orElseThrow();

    assertThat(provider.issuer())
        .isEqualTo(
            URI.create(
                "https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0"));
    assertThat(provider.displayName()).isEqualTo("your organisation");
    assertThat(provider.scopes()).containsExactly("openid", "email", "profile");
    assertThat(provider.emailClaim()).isEqualTo("email");
    assertThat(provider.emailVerifiedClaim()).hasValue("email_verified");
    assertThat(provider.secondFactorStandsIn()).isFalse();
    assertThat(provider.toString()).doesNotContain("a secret from the app registration");
  }

  @Test
  void every_optional_setting_is_read() {
    var sso =
        valid(
                entraWith(
                    "CONFIDE_OIDC_NAME", "Microsoft",
                    "CONFIDE_OIDC_SCOPES", "openid email",
                    "CONFIDE_OIDC_EMAIL_CLAIM", "preferred_username",
                    "CONFIDE_OIDC_EMAIL_VERIFIED_CLAIM", "none",
                    "CONFIDE_OIDC_MFA_STANDS_IN", "on",
                    "CONFIDE_OIDC_MFA_AMR", "mfa, hwk",
                    "CONFIDE_OIDC_MFA_ACR", "possessionorinherence",
                    "CONFIDE_PASSWORD_SIGN_IN", "off",
                    "CONFIDE_BREAK_GLASS_ADMINS", "a@example.ac.uk, B@example.ac.uk"))
            .singleSignOn();

    var provider = sso.provider().orElseThrow();
    assertThat(provider.displayName()).isEqualTo("Microsoft");
    assertThat(provider.scopes()).containsExactly("openid", "email");
    assertThat(provider.emailClaim()).isEqualTo("preferred_username");
    assertThat(provider.emailVerifiedClaim()).isEqualTo(Optional.empty());
    assertThat(provider.secondFactorStandsIn()).isTrue();
    assertThat(provider.amrValues()).isEqualTo(Set.of("mfa", "hwk"));
    assertThat(provider.acrValues()).isEqualTo(Set.of("possessionorinherence"));
    assertThat(sso.passwordSignIn()).isFalse();
    assertThat(sso.passwordAllowedFor("b@example.ac.uk")).isTrue();
    assertThat(sso.passwordAllowedFor("c@example.ac.uk")).isFalse();
  }

  @Nested
  class Every_bad_setting_is_refused_naming_it {

    @Test
    void an_issuer_that_is_not_https() {
      assertThat(problems(entraWith("CONFIDE_OIDC_ISSUER", "http://login.example.com/tenant")))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_ISSUER must be the provider's https issuer address");
      assertThat(
              valid(entraWith("CONFIDE_OIDC_ISSUER", "http://localhost:8080/realm"))
                  .singleSignOn()
                  .provider())
          .isPresent();
    }

    @Test
    void an_issuer_without_its_client_id_and_secret() {
      assertThat(problems(Map.of("CONFIDE_OIDC_ISSUER", "https://accounts.google.com")))
          .anySatisfy(
              problem -> assertThat(problem).startsWith("CONFIDE_OIDC_CLIENT_ID must be set"))
          .anySatisfy(
              problem -> assertThat(problem).startsWith("CONFIDE_OIDC_CLIENT_SECRET must be set"));
    }

    @Test
    void a_provider_setting_without_an_issuer() {
      assertThat(problems(Map.of("CONFIDE_OIDC_CLIENT_ID", "confide")))
          .containsExactly(
              "CONFIDE_OIDC_CLIENT_ID is for single sign-on: it needs CONFIDE_OIDC_ISSUER too");
    }

    @Test
    void scopes_without_openid_and_claims_that_are_not_names() {
      assertThat(problems(entraWith("CONFIDE_OIDC_SCOPES", "email profile")))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_SCOPES must be");
      assertThat(problems(entraWith("CONFIDE_OIDC_EMAIL_CLAIM", "e mail\"")))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_EMAIL_CLAIM must be");
      assertThat(problems(entraWith("CONFIDE_OIDC_EMAIL_VERIFIED_CLAIM", "{}")))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_EMAIL_VERIFIED_CLAIM must be");
    }

    @Test
    void a_second_factor_setting_that_is_neither_on_nor_off_or_shows_nothing() {
      assertThat(problems(entraWith("CONFIDE_OIDC_MFA_STANDS_IN", "yes")))
          .containsExactly("CONFIDE_OIDC_MFA_STANDS_IN must be on or off");
      assertThat(
              problems(entraWith("CONFIDE_OIDC_MFA_STANDS_IN", "on", "CONFIDE_OIDC_MFA_AMR", ",")))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_MFA_STANDS_IN=on needs an amr value");
    }

    @Test
    void a_name_too_long_for_a_button() {
      assertThat(problems(entraWith("CONFIDE_OIDC_NAME", "x".repeat(61))))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_NAME must be");
    }

    @Test
    void password_sign_in_off_without_single_sign_on_or_neither_on_nor_off() {
      assertThat(problems(Map.of("CONFIDE_PASSWORD_SIGN_IN", "off")))
          .containsExactly(
              "CONFIDE_PASSWORD_SIGN_IN=off needs single sign-on (CONFIDE_OIDC_ISSUER), or no one"
                  + " could sign in");
      assertThat(problems(entraWith("CONFIDE_PASSWORD_SIGN_IN", "false")))
          .containsExactly("CONFIDE_PASSWORD_SIGN_IN must be on or off");
    }

    @Test
    void break_glass_administrators_that_are_not_addresses_or_not_needed() {
      assertThat(
              problems(
                  entraWith(
                      "CONFIDE_PASSWORD_SIGN_IN", "off", "CONFIDE_BREAK_GLASS_ADMINS", "admin")))
          .containsExactly(
              "CONFIDE_BREAK_GLASS_ADMINS must be email addresses separated by commas");
      assertThat(problems(entraWith("CONFIDE_BREAK_GLASS_ADMINS", "a@example.ac.uk")))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_BREAK_GLASS_ADMINS names who may still sign in with a password");
    }
  }
}
