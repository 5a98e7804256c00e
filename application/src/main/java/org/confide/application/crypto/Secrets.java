package org.confide.application.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.domain.access.AccessCode;
import org.confide.domain.session.SessionDigest;
import org.confide.domain.staff.RecoveryCode;

/**
 * Keyed digests under the server secret (which is never in the database): access codes and
 * idempotency keys are stored only as HMAC-SHA-256, so a copy of the database cannot be searched
 * for them without the secret; at 80 bits a code is out of reach even with it. Session tokens have
 * 256 bits of their own and need only SHA-256.
 */
public final class Secrets {

  private static final String HMAC = "HmacSHA256";
  // Initialised once with the key and never used itself: each digest works on a copy, which saves
  // looking up the algorithm and preparing the key on every request.
  private final Mac keyed;

  /**
   * Digests under one server secret, which must stay the same for the life of the data: access
   * codes and pattern keys stored under another secret are no longer found.
   *
   * @param secret the server secret, at least 32 bytes, kept outside any store; copied
   * @throws IllegalArgumentException if it is shorter than 32 bytes
   */
  public Secrets(byte[] secret) {
    Objects.requireNonNull(secret, "secret must not be null");
    if (secret.length < 32) {
      throw new IllegalArgumentException("the server secret must be at least 32 bytes");
    }
    try {
      keyed = Mac.getInstance(HMAC);
      keyed.init(new SecretKeySpec(Arrays.copyOf(secret, secret.length), HMAC));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available in this JDK", e);
    }
  }

  /**
   * The stored form of an access code.
   *
   * @param code the code, normalised
   * @return its HMAC-SHA-256 under the server secret
   */
  public AccessCodeDigest digest(AccessCode code) {
    return AccessCodeDigest.of(hmac("access-code", code.canonical()));
  }

  /**
   * The stored form of a staff member's recovery code.
   *
   * @param code the recovery code, normalised
   * @return its keyed digest, 64 lower-case hexadecimal characters
   */
  public String digest(RecoveryCode code) {
    return keyedDigest("recovery-code", code.canonical());
  }

  /**
   * The stored form of a session token: a plain SHA-256, as the token's 256 random bits need no
   * key.
   *
   * @param token the token
   * @return its digest
   */
  public static SessionDigest digest(SessionToken token) {
    return SessionDigest.of(sha256(token.value()));
  }

  /**
   * The token of the one-time set-password link issued as {@code reset}: derived under the server
   * secret, so that it is never stored anywhere (only {@linkplain #digestOfLinkToken its digest}
   * is), yet the email sent later carries the same link the administrator was shown.
   *
   * @param reset the id the link was issued under, which is also its email's id
   * @return the token, 64 lower-case hexadecimal characters (256 bits)
   */
  public String passwordResetToken(UUID reset) {
    Objects.requireNonNull(reset, "reset must not be null");
    return keyedDigest("password-reset-link", reset.toString());
  }

  /**
   * The stored form of a set-password link's token: a plain SHA-256, as the token's 256 bits need
   * no key.
   *
   * @param token the token, as presented
   * @return its digest, 64 lower-case hexadecimal characters
   */
  public static String digestOfLinkToken(String token) {
    Objects.requireNonNull(token, "token must not be null");
    return HexFormat.of().formatHex(sha256(token));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JDK", e);
    }
  }

  /**
   * A keyed digest for one purpose: the same text digested for two purposes gives two unrelated
   * digests.
   *
   * @param purpose what the digest is for, such as {@code "submission"}
   * @param text the text, already normalised by the caller
   * @return the digest, 64 lower-case hexadecimal characters
   */
  public String keyedDigest(String purpose, String text) {
    return HexFormat.of().formatHex(hmac(purpose, text));
  }

  private byte[] hmac(String purpose, String text) {
    try {
      var mac = (Mac) keyed.clone();
      // The purpose separates the uses of one key: a code's digest never equals a name's.
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("this JDK's HMAC-SHA-256 cannot be copied", e);
    }
  }

  @Override
  public String toString() {
    return "Secrets[hidden]";
  }
}
