package org.confide.adapter.web.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;

/**
 * A real OpenID Connect provider for the tests (NAV's mock-oauth2-server on a free port), signing
 * with a key the test can read, so that a test can also hand Confide a token the provider never
 * would (another issuer, another key, no signature) from the real token endpoint.
 */
public final class Provider implements AutoCloseable {

  public static final String ISSUER_ID = "university";
  public static final String CLIENT_ID = "confide";
  public static final String CLIENT_SECRET = "a client secret";

  public final MockOAuth2Server server;
  private final KeyProvider keys;
  private final AtomicReference<String> nextIdToken = new AtomicReference<>();

  public Provider() {
    this.keys = new KeyProvider();
    this.server =
        new MockOAuth2Server(
            new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(keys), Set.of()),
            new CraftedTokenAnswer());
    server.start();
  }

  public URI issuer() {
    return server.issuerUrl(ISSUER_ID).uri();
  }

  /** The next sign-in's ID token holds these claims, with these audience and lifetime. */
  void nextSignIn(Map<String, Object> claims, List<String> audience, long expirySeconds) {
    server.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER_ID, "subject-1", JOSEObjectType.JWT.getType(), audience, claims, expirySeconds));
  }

  /** The next sign-in is of a member with this address, verified, with these {@code amr}. */
  public void nextSignIn(String email, List<String> amr) {
    nextSignIn(Map.of("email", email, "email_verified", true, "amr", amr), List.of(CLIENT_ID), 300);
  }

  /**
   * The next sign-in is of a member with this address, verified, with the provider's second factor
   * and these further claims (a {@code name}, {@code groups}).
   */
  public void nextSignIn(String email, Map<String, Object> more) {
    var claims = new java.util.HashMap<String, Object>(more);
    claims.put("email", email);
    claims.put("email_verified", true);
    claims.put("amr", List.of("mfa"));
    nextSignIn(claims, List.of(CLIENT_ID), 300);
  }

  /** The token endpoint's next answer holds {@code idToken}, whatever it was asked. */
  void nextTokenAnswer(String idToken) {
    nextIdToken.set(idToken);
  }

  /** The token endpoint, answering once with a crafted ID token when a test has one. */
  private final class CraftedTokenAnswer implements Route {
    @Override
    public boolean match(OAuth2HttpRequest request) {
      return "POST".equals(request.getMethod())
          && request.getUrl().encodedPath().endsWith("/token")
          && nextIdToken.get() != null;
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
      var body =
          "{\"access_token\":\"an-access-token\",\"token_type\":\"Bearer\",\"expires_in\":300,"
              + "\"id_token\":\""
              + nextIdToken.getAndSet(null)
              + "\"}";
      return new OAuth2HttpResponse(
          Headers.of("Content-Type", "application/json"), 200, body, null);
    }
  }

  /** Claims as the provider would sign them for {@code nonce}, of a verified member. */
  JWTClaimsSet.Builder claims(String nonce, String email) {
    var now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer().toString())
        .audience(CLIENT_ID)
        .subject("subject-1")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", nonce)
        .claim("email", email)
        .claim("email_verified", true)
        .claim("amr", List.of("mfa"));
  }

  /** {@code claims} signed with the provider's own key. */
  String signed(JWTClaimsSet claims) {
    return signedWith(key(), claims);
  }

  /** The key the provider signs this issuer's tokens with, private part included. */
  private RSAKey key() {
    return (RSAKey) keys.signingKey(ISSUER_ID);
  }

  /** {@code claims} signed with another key that claims to be the provider's. */
  String signedWithAnotherKey(JWTClaimsSet claims) {
    try {
      return signedWith(new RSAKeyGenerator(2048).keyID(key().getKeyID()).generate(), claims);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code claims} with no signature at all. */
  static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  private static String signedWith(RSAKey signingKey, JWTClaimsSet claims) {
    try {
      var jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
              claims);
      jwt.sign(new RSASSASigner(signingKey));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
