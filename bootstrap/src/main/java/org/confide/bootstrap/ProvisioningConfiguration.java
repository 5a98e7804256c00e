package org.confide.bootstrap;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.domain.staff.Role;

/**
 * Provisioning at single sign-on read from the environment: {@code CONFIDE_OIDC_PROVISIONING}
 * ({@code off} or {@code groups}), {@code CONFIDE_OIDC_GROUPS_CLAIM} and {@code
 * CONFIDE_OIDC_ROLE_MAP}. Every problem is named by its variable, and a bad mapping by its entry.
 */
final class ProvisioningConfiguration {

  static final String PROVISIONING = "CONFIDE_OIDC_PROVISIONING";
  static final String GROUPS_CLAIM = "CONFIDE_OIDC_GROUPS_CLAIM";
  static final String ROLE_MAP = "CONFIDE_OIDC_ROLE_MAP";

  private static final String CLAIM = "[A-Za-z0-9_:./-]{1,100}";
  private static final String ROLES =
      Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));

  private ProvisioningConfiguration() {}

  /**
   * The rule in {@code env}, when provisioning is on; each problem found is added to {@code
   * problems}. {@code withIssuer} says whether single sign-on is configured at all.
   */
  static Optional<SingleSignOnSettings.Provisioning> read(
      Map<String, String> env, boolean withIssuer, List<String> problems) {
    var mode = get(env, PROVISIONING).orElse("off");
    switch (mode) {
      case "off" -> {
        for (var name : List.of(GROUPS_CLAIM, ROLE_MAP)) {
          if (get(env, name).isPresent()) {
            problems.add(name + " is for provisioning: it needs " + PROVISIONING + "=groups too");
          }
        }
        return Optional.empty();
      }
      case "groups" -> {
        if (!withIssuer) {
          problems.add(
              PROVISIONING + "=groups is for single sign-on: it needs CONFIDE_OIDC_ISSUER too");
          return Optional.empty();
        }
        return rule(env, problems);
      }
      default -> {
        problems.add(
            PROVISIONING
                + " must be off (an administrator adds each staff account) or groups (accounts"
                + " are created from "
                + GROUPS_CLAIM
                + " by "
                + ROLE_MAP
                + ")");
        return Optional.empty();
      }
    }
  }

  private static Optional<SingleSignOnSettings.Provisioning> rule(
      Map<String, String> env, List<String> problems) {
    int before = problems.size();
    var claim =
        get(env, GROUPS_CLAIM).orElse(SingleSignOnSettings.Provisioning.DEFAULT_GROUPS_CLAIM);
    if (!claim.matches(CLAIM)) {
      problems.add(GROUPS_CLAIM + " must be the name of a claim, such as groups");
    }
    var text = get(env, ROLE_MAP);
    if (text.isEmpty()) {
      problems.add(
          ROLE_MAP
              + " must be set with "
              + PROVISIONING
              + "=groups: group:ROLE entries separated by commas, such as"
              + " confide-advisers:ADVISER,confide-leads:SAFEGUARDING_LEAD");
      return Optional.empty();
    }
    var roles = new LinkedHashMap<String, Set<Role>>();
    for (var entry : text.get().split(",")) {
      var mapped = entry(entry.strip());
      if (mapped.isEmpty()) {
        problems.add(
            ROLE_MAP
                + " has the entry \""
                + entry.strip()
                + "\": each entry must be group:ROLE, the ROLE one of "
                + ROLES);
        continue;
      }
      roles
          .computeIfAbsent(mapped.get().getKey(), group -> EnumSet.noneOf(Role.class))
          .add(mapped.get().getValue());
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new SingleSignOnSettings.Provisioning(claim, roles));
  }

  /** One {@code group:ROLE} entry; the group may itself hold colons, the role follows the last. */
  private static Optional<Map.Entry<String, Role>> entry(String entry) {
    var colon = entry.lastIndexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    var group = entry.substring(0, colon).strip();
    var role = entry.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
    if (group.isEmpty()
        || group.length() > 200
        || group.chars().anyMatch(Character::isISOControl)
        || Arrays.stream(Role.values()).noneMatch(known -> known.name().equals(role))) {
      return Optional.empty();
    }
    return Optional.of(Map.entry(group, Role.valueOf(role)));
  }

  private static Optional<String> get(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
  }
}
