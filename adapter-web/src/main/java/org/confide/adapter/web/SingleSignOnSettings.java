package org.confide.adapter.web;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.confide.domain.staff.Role;

/**
 * Staff single sign-on through the organisation's OpenID Connect provider, and whether staff may
 * still sign in with a password. Off unless an issuer is configured.
 *
 * @param provider the provider, when single sign-on is on
 * @param passwordSignIn whether staff may sign in with a password; when false, only the {@code
 *     breakGlass} accounts may
 * @param breakGlass the email addresses (lower case) of the administrators who may sign in with a
 *     password when no one else may, for when the provider is down
 */
public record SingleSignOnSettings(
    Optional<Provider> provider, boolean passwordSignIn, Set<String> breakGlass) {

  public SingleSignOnSettings {
    Objects.requireNonNull(provider, "provider must be Optional, not null");
    breakGlass =
        Objects.requireNonNull(breakGlass, "breakGlass must not be null").stream()
            .map(email -> email.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    if (!passwordSignIn && provider.isEmpty()) {
      throw new IllegalArgumentException(
          "password sign-in can be turned off only when single sign-on is on");
    }
  }

  /** No single sign-on; every member signs in with a password, as before. */
  public static SingleSignOnSettings off() {
    return new SingleSignOnSettings(Optional.empty(), true, Set.of());
  }

  /** Single sign-on through {@code provider}, password sign-in still open to all. */
  public static SingleSignOnSettings through(Provider provider) {
    return new SingleSignOnSettings(Optional.of(provider), true, Set.of());
  }

  /** These settings with password sign-in only for {@code breakGlass}. */
  public SingleSignOnSettings withPasswordSignInOnlyFor(Set<String> breakGlass) {
    return new SingleSignOnSettings(provider, false, breakGlass);
  }

  /** Whether the member signing in as {@code email} (as typed) may use a password. */
  public boolean passwordAllowedFor(String email) {
    return passwordSignIn || breakGlass.contains(email.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * One OpenID Connect provider and how Confide reads what it vouches for.
   *
   * @param issuer the issuer identifier; its discovery document is {@code
   *     <issuer>/.well-known/openid-configuration}, and every ID token must name it exactly
   * @param clientId the client id Confide is registered under; every ID token's audience must hold
   *     it
   * @param clientSecret the client secret, sent to the token endpoint only
   * @param displayName the provider's name on the sign-in button ("Sign in with ...")
   * @param scopes the scopes asked for; {@code openid} always among them
   * @param emailClaim the ID token claim holding the member's email address
   * @param emailVerifiedClaim the claim that must be {@code true} for the email address to be used,
   *     or empty when the deployer takes every address the provider gives as verified (a provider
   *     whose addresses only the organisation assigns)
   * @param secondFactorStandsIn whether the provider's multi-factor sign-in stands in for Confide's
   *     own two-factor sign-in, when the token shows it
   * @param amrValues the {@code amr} values of which any one shows a second factor
   * @param acrValues the {@code acr} values of which any one shows a second factor
   * @param timeout how long Confide waits for the provider's discovery, keys and token endpoint
   * @param provisioning how an unknown member gets an account from the token's groups, when the
   *     deployer turned provisioning on; empty when only an administrator adds accounts
   */
  public record Provider(
      URI issuer,
      String clientId,
      String clientSecret,
      String displayName,
      List<String> scopes,
      String emailClaim,
      Optional<String> emailVerifiedClaim,
      boolean secondFactorStandsIn,
      Set<String> amrValues,
      Set<String> acrValues,
      Duration timeout,
      Optional<Provisioning> provisioning) {

    /** The provider's name when the deployer gives none. */
    public static final String DEFAULT_NAME = "your organisation";

    /** The scopes asked for when the deployer names none. */
    public static final List<String> DEFAULT_SCOPES = List.of("openid", "email", "profile");

    /** The {@code amr} values that show a second factor when the deployer names none (RFC 8176). */
    public static final Set<String> DEFAULT_AMR = Set.of("mfa");

    public Provider {
      Objects.requireNonNull(issuer, "issuer must not be null");
      Objects.requireNonNull(clientId, "clientId must not be null");
      Objects.requireNonNull(clientSecret, "clientSecret must not be null");
      Objects.requireNonNull(displayName, "displayName must not be null");
      scopes = List.copyOf(scopes);
      Objects.requireNonNull(emailClaim, "emailClaim must not be null");
      Objects.requireNonNull(emailVerifiedClaim, "emailVerifiedClaim must be Optional, not null");
      amrValues = Set.copyOf(amrValues);
      acrValues = Set.copyOf(acrValues);
      Objects.requireNonNull(timeout, "timeout must not be null");
      Objects.requireNonNull(provisioning, "provisioning must be Optional, not null");
      if (!"https".equals(issuer.getScheme()) && !"http".equals(issuer.getScheme())) {
        throw new IllegalArgumentException("issuer must be an https address");
      }
      if (clientId.isBlank() || clientSecret.isEmpty() || displayName.isBlank()) {
        throw new IllegalArgumentException(
            "client id, client secret and display name must not be empty");
      }
      if (!scopes.contains("openid")) {
        throw new IllegalArgumentException("scopes must include openid");
      }
      if (secondFactorStandsIn && amrValues.isEmpty() && acrValues.isEmpty()) {
        throw new IllegalArgumentException(
            "a provider's second factor stands in only if some amr or acr value shows it");
      }
    }

    /**
     * A provider with the defaults: the name "your organisation", scopes {@code openid email
     * profile}, the {@code email} claim verified by {@code email_verified}, Confide's own second
     * factor always (the {@code amr} value {@code mfa} would show the provider's), 10 seconds.
     */
    public static Provider of(URI issuer, String clientId, String clientSecret) {
      return new Provider(
          issuer,
          clientId,
          clientSecret,
          DEFAULT_NAME,
          DEFAULT_SCOPES,
          "email",
          Optional.of("email_verified"),
          false,
          DEFAULT_AMR,
          Set.of(),
          Duration.ofSeconds(10),
          Optional.empty());
    }

    /** This provider, letting its second factor stand in for Confide's when the token shows it. */
    public Provider withSecondFactorStandingIn(Set<String> amr, Set<String> acr) {
      return new Provider(
          issuer,
          clientId,
          clientSecret,
          displayName,
          scopes,
          emailClaim,
          emailVerifiedClaim,
          true,
          amr,
          acr,
          timeout,
          provisioning);
    }

    /** This provider, shown as {@code name}. */
    public Provider named(String name) {
      return new Provider(
          issuer,
          clientId,
          clientSecret,
          name,
          scopes,
          emailClaim,
          emailVerifiedClaim,
          secondFactorStandsIn,
          amrValues,
          acrValues,
          timeout,
          provisioning);
    }

    /**
     * This provider, reading the email from {@code claim}, verified by {@code verifiedClaim} (or
     * taken as verified when empty), asking for {@code scopes}.
     */
    public Provider readingEmail(String claim, Optional<String> verifiedClaim, List<String> asked) {
      return new Provider(
          issuer,
          clientId,
          clientSecret,
          displayName,
          asked,
          claim,
          verifiedClaim,
          secondFactorStandsIn,
          amrValues,
          acrValues,
          timeout,
          provisioning);
    }

    /** This provider, creating accounts for unknown members by {@code rule}. */
    public Provider provisioningBy(Provisioning rule) {
      return new Provider(
          issuer,
          clientId,
          clientSecret,
          displayName,
          scopes,
          emailClaim,
          emailVerifiedClaim,
          secondFactorStandsIn,
          amrValues,
          acrValues,
          timeout,
          Optional.of(rule));
    }

    @Override
    public String toString() {
      return "Provider[" + issuer + ", client secret hidden]";
    }
  }

  /**
   * The deployer's rule for creating an account when a verified email address has none: the roles
   * the groups in the ID token map to. An existing account is left as the administrators keep it.
   *
   * @param groupsClaim the ID token claim listing the member's groups
   * @param roles each group's roles, by the group's name (as the provider spells it)
   */
  public record Provisioning(String groupsClaim, Map<String, Set<Role>> roles) {

    /** The claim read when the deployer names none. */
    public static final String DEFAULT_GROUPS_CLAIM = "groups";

    public Provisioning {
      Objects.requireNonNull(groupsClaim, "groupsClaim must not be null");
      roles =
          Objects.requireNonNull(roles, "roles must not be null").entrySet().stream()
              .collect(
                  Collectors.toUnmodifiableMap(
                      Map.Entry::getKey, entry -> Set.copyOf(EnumSet.copyOf(entry.getValue()))));
      if (groupsClaim.isBlank() || roles.isEmpty()) {
        throw new IllegalArgumentException("provisioning needs a groups claim and a group mapped");
      }
    }

    /** The roles {@code groups} map to; empty when none of them is mapped. */
    public Set<Role> rolesFor(Collection<String> groups) {
      var mapped = EnumSet.noneOf(Role.class);
      groups.stream().map(roles::get).filter(Objects::nonNull).forEach(mapped::addAll);
      return Set.copyOf(mapped);
    }
  }
}
