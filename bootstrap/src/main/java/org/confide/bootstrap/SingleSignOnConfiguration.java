package org.confide.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.domain.staff.EmailAddress;

/**
 * Staff single sign-on read from the environment: the provider ({@code CONFIDE_OIDC_...}) and
 * whether passwords still open staff sessions ({@code CONFIDE_PASSWORD_SIGN_IN}, {@code
 * CONFIDE_BREAK_GLASS_ADMINS}), provisioning read by {@link ProvisioningConfiguration}. Every
 * problem is named by its variable, as {@link Configuration} names the others.
 */
final class SingleSignOnConfiguration {

  static final String ISSUER = "CONFIDE_OIDC_ISSUER";
  static final String CLIENT_ID = "CONFIDE_OIDC_CLIENT_ID";
  static final String CLIENT_SECRET = "CONFIDE_OIDC_CLIENT_SECRET";
  static final String NAME = "CONFIDE_OIDC_NAME";
  static final String SCOPES = "CONFIDE_OIDC_SCOPES";
  static final String EMAIL_CLAIM = "CONFIDE_OIDC_EMAIL_CLAIM";
  static final String EMAIL_VERIFIED_CLAIM = "CONFIDE_OIDC_EMAIL_VERIFIED_CLAIM";
  static final String MFA = "CONFIDE_OIDC_MFA_STANDS_IN";
  static final String MFA_AMR = "CONFIDE_OIDC_MFA_AMR";
  static final String MFA_ACR = "CONFIDE_OIDC_MFA_ACR";
  static final String PASSWORD_SIGN_IN = "CONFIDE_PASSWORD_SIGN_IN";
  static final String BREAK_GLASS = "CONFIDE_BREAK_GLASS_ADMINS";

  private static final String CLAIM = "[A-Za-z0-9_:./-]{1,100}";

  private SingleSignOnConfiguration() {}

  /** The settings in {@code env}; each problem found is added to {@code problems}. */
  static SingleSignOnSettings read(Map<String, String> env, List<String> problems) {
    var issuerText = get(env, ISSUER);
    var clientId = get(env, CLIENT_ID);
    var clientSecret = get(env, CLIENT_SECRET);
    Optional<SingleSignOnSettings.Provider> provider = Optional.empty();
    if (issuerText.isEmpty()) {
      for (var name :
          List.of(
              CLIENT_ID,
              CLIENT_SECRET,
              NAME,
              SCOPES,
              EMAIL_CLAIM,
              EMAIL_VERIFIED_CLAIM,
              MFA,
              MFA_AMR,
              MFA_ACR)) {
        if (get(env, name).isPresent()) {
          problems.add(name + " is for single sign-on: it needs " + ISSUER + " too");
        }
      }
    } else {
      provider = provider(env, issuerText.get(), clientId, clientSecret, problems);
    }
    var provisioning = ProvisioningConfiguration.read(env, issuerText.isPresent(), problems);

    var passwordSignIn = true;
    var passwordText = get(env, PASSWORD_SIGN_IN);
    if (passwordText.isPresent()) {
      switch (passwordText.get()) {
        case "on" -> passwordSignIn = true;
        case "off" -> passwordSignIn = false;
        default -> problems.add(PASSWORD_SIGN_IN + " must be on or off");
      }
    }
    if (!passwordSignIn && issuerText.isEmpty()) {
      problems.add(
          PASSWORD_SIGN_IN + "=off needs single sign-on (" + ISSUER + "), or no one could sign in");
    }
    var breakGlass = new LinkedHashSet<String>();
    for (var email : list(get(env, BREAK_GLASS).orElse(""))) {
      if (EmailAddress.isValid(email)) {
        breakGlass.add(email);
      } else {
        problems.add(BREAK_GLASS + " must be email addresses separated by commas");
        break;
      }
    }
    if (!breakGlass.isEmpty() && passwordSignIn) {
      problems.add(
          BREAK_GLASS
              + " names who may still sign in with a password when "
              + PASSWORD_SIGN_IN
              + "=off; set that too, or remove it");
    }
    if (!problems.isEmpty() || provider.isEmpty()) {
      return SingleSignOnSettings.off();
    }
    var settings =
        SingleSignOnSettings.through(
            provisioning.map(provider.get()::provisioningBy).orElse(provider.get()));
    return passwordSignIn ? settings : settings.withPasswordSignInOnlyFor(breakGlass);
  }

  private static Optional<SingleSignOnSettings.Provider> provider(
      Map<String, String> env,
      String issuerText,
      Optional<String> clientId,
      Optional<String> clientSecret,
      List<String> problems) {
    int before = problems.size();
    var issuer = issuer(issuerText);
    if (issuer.isEmpty()) {
      problems.add(
          ISSUER
              + " must be the provider's https issuer address, such as"
              + " https://login.microsoftonline.com/<tenant id>/v2.0 (http only on this machine)");
    }
    if (clientId.isEmpty()) {
      problems.add(
          CLIENT_ID + " must be set with " + ISSUER + ": the id Confide is registered under");
    }
    if (clientSecret.isEmpty()) {
      problems.add(CLIENT_SECRET + " must be set with " + ISSUER + ": the client secret");
    }
    var name = get(env, NAME).orElse(SingleSignOnSettings.Provider.DEFAULT_NAME);
    if (name.length() > 60 || name.chars().anyMatch(Character::isISOControl)) {
      problems.add(NAME + " must be a name of at most 60 characters, such as Microsoft");
    }
    var scopes =
        get(env, SCOPES)
            .map(SingleSignOnConfiguration::list)
            .orElse(SingleSignOnSettings.Provider.DEFAULT_SCOPES);
    if (!scopes.contains("openid") || scopes.stream().anyMatch(scope -> !scope.matches(CLAIM))) {
      problems.add(SCOPES + " must be scopes separated by spaces or commas, openid among them");
    }
    var emailClaim = get(env, EMAIL_CLAIM).orElse("email");
    if (!emailClaim.matches(CLAIM)) {
      problems.add(EMAIL_CLAIM + " must be the name of a claim, such as email");
    }
    var verifiedText = get(env, EMAIL_VERIFIED_CLAIM).orElse("email_verified");
    if (!verifiedText.matches(CLAIM)) {
      problems.add(
          EMAIL_VERIFIED_CLAIM + " must be the name of a claim, such as email_verified, or none");
    }
    var verifiedClaim =
        verifiedText.equals("none") ? Optional.<String>empty() : Optional.of(verifiedText);
    var standsIn = false;
    var mfaText = get(env, MFA);
    if (mfaText.isPresent()) {
      switch (mfaText.get()) {
        case "on" -> standsIn = true;
        case "off" -> standsIn = false;
        default -> problems.add(MFA + " must be on or off");
      }
    }
    var amr =
        Set.copyOf(
            get(env, MFA_AMR)
                .map(SingleSignOnConfiguration::list)
                .orElse(List.copyOf(SingleSignOnSettings.Provider.DEFAULT_AMR)));
    var acr = Set.copyOf(get(env, MFA_ACR).map(SingleSignOnConfiguration::list).orElse(List.of()));
    if (amr.stream().anyMatch(value -> !value.matches(CLAIM))
        || acr.stream().anyMatch(value -> !value.matches(CLAIM))) {
      problems.add(MFA_AMR + " and " + MFA_ACR + " must be values separated by spaces or commas");
    } else if (standsIn && amr.isEmpty() && acr.isEmpty()) {
      problems.add(
          MFA + "=on needs an amr value (" + MFA_AMR + ") or an acr value (" + MFA_ACR + ")");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    var provider =
        SingleSignOnSettings.Provider.of(issuer.get(), clientId.get(), clientSecret.get())
            .named(name)
            .readingEmail(emailClaim, verifiedClaim, scopes);
    return Optional.of(standsIn ? provider.withSecondFactorStandingIn(amr, acr) : provider);
  }

  /**
   * The issuer, if it is an https address (or http to this very machine, for trying Confide out),
   * with no query or fragment.
   */
  private static Optional<URI> issuer(String text) {
    try {
      var uri = new URI(text);
      var local =
          "localhost".equals(uri.getHost())
              || "127.0.0.1".equals(uri.getHost())
              || "[::1]".equals(uri.getHost());
      var scheme = uri.getScheme();
      return uri.getHost() != null
              && uri.getQuery() == null
              && uri.getFragment() == null
              && uri.getUserInfo() == null
              && ("https".equals(scheme) || ("http".equals(scheme) && local))
          ? Optional.of(uri)
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split("[\\s,]+")).filter(part -> !part.isEmpty()).toList();
  }

  private static Optional<String> get(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
  }
}
