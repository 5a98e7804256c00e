package org.confide.domain.session;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 digest of a session token: what is stored and looked up instead of the token, so a
 * copy of the session store opens no session.
 *
 * @param hex the 32 bytes of the digest as 64 hexadecimal digits, stored in lower case
 */
public record SessionDigest(String hex) {

  /**
   * A digest; folds the digits to lower case.
   *
   * @throws IllegalArgumentException if {@code hex} is not 64 hexadecimal digits
   */
  public SessionDigest {
    Objects.requireNonNull(hex, "digest must not be null");
    if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("digest must be 64 hexadecimal characters");
    }
    hex = hex.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The digest of these 32 bytes. It does not hash them: {@code bytes} are the SHA-256 digest of
   * the token, already computed.
   *
   * @param bytes the 32 bytes of a SHA-256 digest
   * @return the digest
   * @throws IllegalArgumentException if there are not 32 bytes
   */
  public static SessionDigest of(byte[] bytes) {
    return new SessionDigest(HexFormat.of().formatHex(bytes));
  }

  @Override
  public String toString() {
    return "SessionDigest[hidden]";
  }
}
