package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.bootstrap.SingleSignOnConfigurationTest.problems;
import static org.confide.bootstrap.SingleSignOnConfigurationTest.valid;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.confide.domain.staff.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Provisioning at single sign-on as the environment configures it: off unless asked, the groups
 * claim and the role map read, every bad value named by its setting and entry.
 */
class ProvisioningConfigurationTest {

  private static final Map<String, String> KEYCLOAK =
      Map.of(
          "CONFIDE_OIDC_ISSUER", "https://sso.example.ac.uk/realms/staff",
          "CONFIDE_OIDC_CLIENT_ID", "confide",
          "CONFIDE_OIDC_CLIENT_SECRET", "a client secret");

  private static Map<String, String> keycloakWith(String... more) {
    var environment = new HashMap<>(KEYCLOAK);
    for (int i = 0; i < more.length; i += 2) {
      environment.put(more[i], more[i + 1]);
    }
    return environment;
  }

  @Test
  void provisioning_is_off_unless_asked_and_off_may_be_said() {
    assertThat(valid(KEYCLOAK).singleSignOn().provider().orElseThrow().provisioning()).isEmpty();
    assertThat(
            valid(keycloakWith("CONFIDE_OIDC_PROVISIONING", "off"))
                .singleSignOn()
                .provider()
                .orElseThrow()
                .provisioning())
        .isEmpty();
  }

  @Test
  void groups_with_a_role_map_turn_it_on_reading_the_groups_claim_by_default() {
    var rule =
        valid(
                keycloakWith(
                    "CONFIDE_OIDC_PROVISIONING",
                    "groups",
                    "CONFIDE_OIDC_ROLE_MAP",
                    "confide-advisers:ADVISER, confide-leads:SAFEGUARDING_LEAD,"
                        + " confide-leads:adviser, /staff/it:ADMIN"))
            .singleSignOn()
            .provider()
            .orElseThrow()
            .provisioning()
            .orElseThrow();

    assertThat(rule.groupsClaim()).isEqualTo("groups");
    assertThat(rule.roles())
        .isEqualTo(
            Map.of(
                "confide-advisers", Set.of(Role.ADVISER),
                "confide-leads", Set.of(Role.SAFEGUARDING_LEAD, Role.ADVISER),
                "/staff/it", Set.of(Role.ADMIN)));
    assertThat(rule.rolesFor(List.of("everyone", "confide-leads")))
        .isEqualTo(Set.of(Role.SAFEGUARDING_LEAD, Role.ADVISER));
    assertThat(rule.rolesFor(List.of("everyone"))).isEmpty();
  }

  @Test
  void the_groups_claim_may_be_named_and_a_group_may_hold_colons() {
    var rule =
        valid(
                keycloakWith(
                    "CONFIDE_OIDC_PROVISIONING", "groups",
                    "CONFIDE_OIDC_GROUPS_CLAIM", "roles",
                    "CONFIDE_OIDC_ROLE_MAP", "urn:example:confide:ANALYST"))
            .singleSignOn()
            .provider()
            .orElseThrow()
            .provisioning()
            .orElseThrow();

    assertThat(rule.groupsClaim()).isEqualTo("roles");
    assertThat(rule.roles()).isEqualTo(Map.of("urn:example:confide", Set.of(Role.ANALYST)));
  }

  @Test
  void the_readmes_entra_example_with_provisioning_is_valid_as_written() throws IOException {
    var readme = Files.readString(ReadmeExamplesTest.repository().resolve("README.md"));
    var environment = new HashMap<String, String>();
    var blocks = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (blocks.find()) {
      var block = blocks.group(1);
      if (block.contains("CONFIDE_OIDC_ISSUER=https://login.microsoftonline.com")
          || block.contains("CONFIDE_OIDC_ROLE_MAP=")) {
        block
            .lines()
            .filter(line -> line.matches("CONFIDE_[A-Z_]+=.*"))
            .forEach(line ->
                environment.put(
                    line.substring(0, line.indexOf('=')),
                    line.substring(line.indexOf('=') + 1).replace("'", "")));
      }
    }

    var rule =
        valid(environment).singleSignOn().provider().orElseThrow().provisioning().orElseThrow();

    assertThat(rule.groupsClaim()).isEqualTo("groups");
    assertThat(rule.roles().values())
        .containsExactlyInAnyOrder(Set.of(Role.ADVISER), Set.of(Role.SAFEGUARDING_LEAD));
  }

  @Nested
  class Every_bad_setting_is_refused_naming_it {

    @Test
    void a_mode_that_is_neither_off_nor_groups() {
      assertThat(problems(keycloakWith("CONFIDE_OIDC_PROVISIONING", "on")))
          .singleElement(InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_PROVISIONING must be off")
          .contains("or groups");
    }

    @Test
    void groups_without_a_role_map() {
      assertThat(problems(keycloakWith("CONFIDE_OIDC_PROVISIONING", "groups")))
          .singleElement(InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_ROLE_MAP must be set with CONFIDE_OIDC_PROVISIONING=groups");
    }

    @Test
    void a_role_map_entry_naming_no_role_or_no_group_is_named() {
      assertThat(
              problems(
                  keycloakWith(
                      "CONFIDE_OIDC_PROVISIONING", "groups",
                      "CONFIDE_OIDC_ROLE_MAP",
                          "confide-advisers:ADVISER,confide-leads:LEAD,:ADMIN")))
          .containsExactly(
              "CONFIDE_OIDC_ROLE_MAP has the entry \"confide-leads:LEAD\": each entry must be"
                  + " group:ROLE, the ROLE one of ADVISER, SAFEGUARDING_LEAD, ANALYST, ADMIN",
              "CONFIDE_OIDC_ROLE_MAP has the entry \":ADMIN\": each entry must be"
                  + " group:ROLE, the ROLE one of ADVISER, SAFEGUARDING_LEAD, ANALYST, ADMIN");
    }

    @Test
    void a_groups_claim_that_is_not_a_name() {
      assertThat(
              problems(
                  keycloakWith(
                      "CONFIDE_OIDC_PROVISIONING", "groups",
                      "CONFIDE_OIDC_GROUPS_CLAIM", "my groups",
                      "CONFIDE_OIDC_ROLE_MAP", "a:ADVISER")))
          .singleElement(InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_GROUPS_CLAIM must be the name of a claim");
    }

    @Test
    void provisioning_settings_without_provisioning_or_without_single_sign_on() {
      assertThat(problems(keycloakWith("CONFIDE_OIDC_ROLE_MAP", "a:ADVISER")))
          .singleElement(InstanceOfAssertFactories.STRING)
          .startsWith(
              "CONFIDE_OIDC_ROLE_MAP is for provisioning: it needs"
                  + " CONFIDE_OIDC_PROVISIONING=groups");
      assertThat(
              problems(
                  Map.of(
                      "CONFIDE_OIDC_PROVISIONING", "groups",
                      "CONFIDE_OIDC_ROLE_MAP", "a:ADVISER")))
          .singleElement(InstanceOfAssertFactories.STRING)
          .startsWith("CONFIDE_OIDC_PROVISIONING=groups is for single sign-on");
    }
  }
}
