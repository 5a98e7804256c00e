package org.confide.adapter.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.application.port.in.SignInWithProviderUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisation's OpenID Connect provider, spoken to with the Nimbus SDK: its discovery document
 * read from the issuer, an authorization code request with PKCE, {@code state} and {@code nonce},
 * the code exchanged at the token endpoint, and the ID token's signature (against the provider's
 * published keys), issuer, audience, expiry and nonce checked by Nimbus's {@link IDTokenValidator}.
 * Nothing here is hand-written JOSE.
 *
 * <p>The discovery document is read when first needed and again after a failure, at most every 30
 * seconds: a provider that cannot be reached when Confide starts leaves single sign-on unavailable
 * (the sign-in page says so) until it can be, and Confide still serves everything else.
 *
 * <p>Nothing read from the provider is logged: no code, token, claim or email address; a failure is
 * logged by its kind and the exception's class alone.
 */
public final class OpenIdProvider {

  private static final Logger LOG = LoggerFactory.getLogger(OpenIdProvider.class);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  /** How long a started sign-in may take at the provider before its cookie is no longer good. */
  public static final Duration SIGN_IN_LIFETIME = Duration.ofMinutes(10);

  private static final Pattern COOKIE =
      Pattern.compile(
          "([A-Za-z0-9_-]{20,128})\\.([A-Za-z0-9_-]{20,128})\\.([A-Za-z0-9_-]{43,128})"
              + "\\.(\\d{1,12})(?:\\.([a-z]{2,3}))?");

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private final SingleSignOnSettings.Provider settings;
  private final Clock clock;
  private volatile Discovered discovered;
  private volatile Instant failedAt;

  /** The provider of {@code settings}; nothing is read from it yet. */
  public OpenIdProvider(SingleSignOnSettings.Provider settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The provider's name, for "Sign in with ...". */
  public String displayName() {
    return settings.displayName();
  }

  /** Whether the provider's discovery document has been read, reading it now if need be. */
  public boolean available() {
    return discovered().isPresent();
  }

  /**
   * A sign-in started: where to send the browser, and what its cookie must hold for the return
   * ({@link #cookieValue}): the {@code state}, the {@code nonce}, the PKCE code verifier, and the
   * language the member asked for, if any, so that the pages after the provider are in it.
   */
  public record Start(URI location, String cookieValue) {
    @Override
    public String toString() {
      return "Start[hidden]";
    }
  }

  /**
   * Starts a sign-in: the provider's authorization request for a browser that comes back to {@code
   * redirectUri}, or empty when the provider cannot be reached. The language is kept with the
   * {@code state} for the sign-in's few minutes (see {@link #language}), never sent to the
   * provider.
   *
   * @param redirectUri where the provider sends the browser back
   * @param language the tag of the language the member asked for ({@code cy}), or empty
   * @return the start, or empty when the provider cannot be reached
   */
  public Optional<Start> start(URI redirectUri, Optional<String> language) {
    return discovered()
        .map(provider -> {
          var state = new State();
          var nonce = new Nonce();
          var verifier = new CodeVerifier();
          var request =
              new AuthenticationRequest.Builder(
                      ResponseType.CODE,
                      new Scope(settings.scopes().toArray(String[]::new)),
                      new ClientID(settings.clientId()),
                      redirectUri)
                  .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                  .state(state)
                  .nonce(nonce)
                  .codeChallenge(verifier, CodeChallengeMethod.S256)
                  .build();
          var expires = clock.instant().plus(SIGN_IN_LIFETIME).getEpochSecond();
          return new Start(
              request.toURI(),
              state.getValue()
                  + "."
                  + nonce.getValue()
                  + "."
                  + verifier.getValue()
                  + "."
                  + expires
                  + language
                      .filter(tag -> LANGUAGE.matcher(tag).matches())
                      .map(tag -> "." + tag)
                      .orElse(""));
        });
  }

  /**
   * The language the sign-in in {@code cookie} was started in, so that the pages that answer the
   * provider's return are in the language the member started in.
   *
   * @param cookie the started sign-in's cookie, or null when the browser holds none
   * @return the language's tag, or empty when none was asked for or the cookie is not a sign-in's
   */
  public static Optional<String> language(String cookie) {
    var started = cookie == null ? null : COOKIE.matcher(cookie);
    return started != null && started.matches()
        ? Optional.ofNullable(started.group(5))
        : Optional.empty();
  }

  /** What the provider vouched for, once every check has passed. */
  public sealed interface Finish {

    /**
     * A verified ID token's identity.
     *
     * @param email the email address in the configured claim
     * @param emailVerified whether the configured claim says the provider verified it (or the
     *     deployer takes every address as verified)
     * @param secondFactor whether the token shows a second factor that the deployer lets stand in
     *     for Confide's own
     * @param provision the account to create if none has the email address, when provisioning is
     *     on: named by the {@code name} claim (or the email address), with the roles the configured
     *     groups claim maps to
     */
    record Verified(
        String email,
        boolean emailVerified,
        boolean secondFactor,
        Optional<SignInWithProviderUseCase.Provision> provision)
        implements Finish {
      @Override
      public String toString() {
        return "Verified[hidden]";
      }
    }

    /**
     * Refused, and why.
     *
     * @param why why
     */
    record Refused(Why why) implements Finish {}
  }

  /** Why a return from the provider was refused. */
  public enum Why {
    /** The provider could not be reached. */
    UNAVAILABLE,
    /** The browser holds no sign-in started here, or it is too old. */
    NOT_STARTED,
    /** What came back is not an authorization response. */
    MALFORMED,
    /** The {@code state} is not the one this browser's sign-in started with. */
    WRONG_STATE,
    /** The provider answered with an error (the member cancelled, or was not let in). */
    PROVIDER_REFUSED,
    /** The token endpoint refused the code: used already, expired, or not ours. */
    CODE_REFUSED,
    /**
     * The ID token failed a check: signature, issuer, audience, expiry or nonce, or it was
     * unsigned.
     */
    TOKEN_INVALID,
    /** The ID token holds no email address in the configured claim. */
    NO_EMAIL
  }

  /**
   * Finishes a sign-in: the browser came back to {@code redirectUri} with {@code params}, holding
   * the cookie {@code cookie} (null when it holds none). Checks the {@code state}, exchanges the
   * code with the PKCE verifier, and validates the ID token.
   */
  public Finish finish(URI redirectUri, Map<String, List<String>> params, String cookie) {
    var started = cookie == null ? null : COOKIE.matcher(cookie);
    if (started == null
        || !started.matches()
        || clock.instant().getEpochSecond() >= Long.parseLong(started.group(4))) {
      return refused(Why.NOT_STARTED, null);
    }
    var provider = discovered();
    if (provider.isEmpty()) {
      return refused(Why.UNAVAILABLE, null);
    }
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(redirectUri, params);
    } catch (ParseException | RuntimeException e) {
      // What came back is not an authorization response at all: nobody's sign-in.
      return refused(Why.MALFORMED, e);
    }
    if (response.getState() == null || !response.getState().equals(new State(started.group(1)))) {
      return refused(Why.WRONG_STATE, null);
    }
    if (!response.indicatesSuccess()) {
      return refused(Why.PROVIDER_REFUSED, null);
    }
    var code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      return refused(Why.PROVIDER_REFUSED, null);
    }
    try {
      var request =
          new TokenRequest(
                  provider.get().metadata().getTokenEndpointURI(),
                  clientAuthentication(provider.get().metadata()),
                  new AuthorizationCodeGrant(code, redirectUri, new CodeVerifier(started.group(3))))
              .toHTTPRequest();
      request.setConnectTimeout(millis());
      request.setReadTimeout(millis());
      var answer = OIDCTokenResponseParser.parse(request.send());
      if (!answer.indicatesSuccess()) {
        return refused(Why.CODE_REFUSED, null);
      }
      var idToken = ((OIDCTokenResponse) answer.toSuccessResponse()).getOIDCTokens().getIDToken();
      var claims = provider.get().validator().validate(idToken, new Nonce(started.group(2)));
      return verified(claims);
    } catch (IOException e) {
      return refused(Why.UNAVAILABLE, e);
    } catch (BadJOSEException | JOSEException | ParseException | RuntimeException e) {
      // An ID token that fails a check, an answer that is not a token response, or whatever
      // else such an answer makes the SDK throw: a refusal, never a 500.
      return refused(Why.TOKEN_INVALID, e);
    }
  }

  private Finish verified(IDTokenClaimsSet claims) {
    var email = claims.getClaim(settings.emailClaim());
    if (!(email instanceof String address) || address.isBlank()) {
      return refused(Why.NO_EMAIL, null);
    }
    var emailVerified =
        settings
            .emailVerifiedClaim()
            .map(claim -> {
              var value = claims.getClaim(claim);
              return Boolean.TRUE.equals(value) || "true".equals(value);
            })
            .orElse(true);
    var amr =
        Optional.ofNullable(claims.getAMR()).orElse(List.of()).stream()
            .anyMatch(value -> settings.amrValues().contains(value.getValue()));
    var acr = claims.getACR() != null && settings.acrValues().contains(claims.getACR().getValue());
    return new Finish.Verified(
        address,
        emailVerified,
        settings.secondFactorStandsIn() && (amr || acr),
        settings.provisioning().map(rule -> Claims.provision(claims, address, rule)));
  }

  /**
   * Where the browser may go to sign out of the provider too, coming back to {@code
   * postLogoutRedirect}, when the provider publishes an {@code end_session_endpoint}.
   */
  public Optional<URI> endSession(URI postLogoutRedirect) {
    return discovered()
        .flatMap(provider -> Optional.ofNullable(provider.metadata().getEndSessionEndpointURI()))
        .map(endpoint -> {
          var query =
              "client_id="
                  + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)
                  + "&post_logout_redirect_uri="
                  + URLEncoder.encode(postLogoutRedirect.toString(), StandardCharsets.UTF_8);
          try {
            var base = endpoint.toString();
            return new URI(base + (base.contains("?") ? "&" : "?") + query);
          } catch (URISyntaxException e) {
            return endpoint;
          }
        });
  }

  private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
    var id = new ClientID(settings.clientId());
    var secret = new Secret(settings.clientSecret());
    var methods = metadata.getTokenEndpointAuthMethods();
    // client_secret_basic is the default (RFC 8414); a provider that lists only post gets post.
    if (methods != null
        && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
      return new ClientSecretPost(id, secret);
    }
    return new ClientSecretBasic(id, secret);
  }

  private int millis() {
    return Math.toIntExact(settings.timeout().toMillis());
  }

  private Finish.Refused refused(Why why, Exception cause) {
    if (cause == null) {
      LOG.info("Single sign-on refused: {}", why);
    } else {
      // The class only: a message might quote what the provider sent.
      LOG.info("Single sign-on refused: {} ({})", why, cause.getClass().getSimpleName());
    }
    return new Finish.Refused(why);
  }

  /** The provider's metadata and the validator of its ID tokens, once read. */
  private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  private Optional<Discovered> discovered() {
    var known = discovered;
    if (known != null) {
      return Optional.of(known);
    }
    var failed = failedAt;
    if (failed != null && clock.instant().isBefore(failed.plus(RETRY_AFTER))) {
      return Optional.empty();
    }
    synchronized (this) {
      if (discovered != null) {
        return Optional.of(discovered);
      }
      try {
        discovered = discover();
        LOG.info("Single sign-on: the provider's discovery document was read");
        return Optional.of(discovered);
      } catch (Exception e) {
        failedAt = clock.instant();
        LOG.warn(
            "Single sign-on is unavailable: the provider's discovery document could not be read"
                + " ({}); trying again when next needed, at most every {} seconds",
            e.getClass().getSimpleName(),
            RETRY_AFTER.toSeconds());
        return Optional.empty();
      }
    }
  }

  private Discovered discover() throws Exception {
    var issuer = new Issuer(settings.issuer().toString());
    // resolve() also checks that the document names this very issuer.
    var metadata = OIDCProviderMetadata.resolve(issuer, millis(), millis());
    var algorithms = new LinkedHashSet<JWSAlgorithm>();
    for (var algorithm : Optional.ofNullable(metadata.getIDTokenJWSAlgs()).orElse(List.of())) {
      // Only signatures with the provider's published keys: never "none", never a shared secret.
      if (JWSAlgorithm.Family.SIGNATURE.contains(algorithm)) {
        algorithms.add(algorithm);
      }
    }
    if (algorithms.isEmpty()) {
      algorithms.add(JWSAlgorithm.RS256);
    }
    var keys =
        JWKSourceBuilder.<SecurityContext>create(
                metadata.getJWKSetURI().toURL(),
                new DefaultResourceRetriever(millis(), millis(), 512 * 1024))
            .build();
    var validator =
        new IDTokenValidator(
            issuer,
            new ClientID(settings.clientId()),
            new JWSVerificationKeySelector<>(algorithms, keys),
            null);
    return new Discovered(metadata, validator);
  }
}
