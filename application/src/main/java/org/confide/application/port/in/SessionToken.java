package org.confide.application.port.in;

import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The bearer token of a session: 256 random bits, base64url. Given to the client once; the server
 * keeps only its digest. Never printed.
 *
 * @param value 43 characters of base64url, no padding
 */
public record SessionToken(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

  /**
   * Checks the form; a token of the right form may still name no session.
   *
   * @throws IllegalArgumentException if {@code value} is not 43 characters of base64url
   */
  public SessionToken {
    Objects.requireNonNull(value, "token must not be null");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("token is not a session token");
    }
  }

  /**
   * A new token.
   *
   * @param random the source of its 256 bits: a {@code SecureRandom} outside tests
   * @return the token
   */
  public static SessionToken generate(RandomGenerator random) {
    var bytes = new byte[32];
    for (int i = 0; i < bytes.length; i += 8) {
      long word = random.nextLong();
      for (int j = 0; j < 8; j++) {
        bytes[i + j] = (byte) (word >>> (8 * j));
      }
    }
    return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * Whether {@code text} has the form of a token, checked before any look-up so that a malformed
   * one costs nothing.
   *
   * @param text the token as sent, or null
   * @return true if it could be a token
   */
  public static boolean isWellFormed(String text) {
    return text != null && FORM.matcher(text).matches();
  }

  @Override
  public String toString() {
    return "SessionToken[hidden]";
  }
}
