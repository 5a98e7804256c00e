package org.confide.adapter.web.security.oidc;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.util.Collection;
import java.util.List;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.application.port.in.SignInWithProviderUseCase;

/**
 * Reading what provisioning needs from a verified ID token: the member's name and groups, whose
 * shapes providers spell differently.
 */
final class Claims {

  /** The most values read from one claim: a token that lists more is read only that far. */
  static final int MOST = 1000;

  private Claims() {}

  /**
   * The account provisioning would create for {@code email}: named by the {@code name} claim (or
   * the email address when there is none), with the roles {@code rule} maps its groups to.
   */
  static SignInWithProviderUseCase.Provision provision(
      IDTokenClaimsSet claims, String email, SingleSignOnSettings.Provisioning rule) {
    var name = claims.getClaim("name") instanceof String given && !given.isBlank() ? given : email;
    return new SignInWithProviderUseCase.Provision(
        name, rule.rolesFor(strings(claims, rule.groupsClaim())));
  }

  /**
   * The strings in {@code claim}: its elements when it is a list (anything but a string skipped),
   * the value itself when it is one string, otherwise none.
   */
  static List<String> strings(IDTokenClaimsSet claims, String claim) {
    var value = claims.getClaim(claim);
    if (value instanceof String one) {
      return List.of(one);
    }
    if (value instanceof Collection<?> many) {
      return many.stream()
          .limit(MOST)
          .filter(String.class::isInstance)
          .map(String.class::cast)
          .toList();
    }
    return List.of();
  }
}
