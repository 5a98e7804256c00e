package org.confide.application.port.out;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The keyed hash (HMAC-SHA-256 under the server secret) of an access code: what is stored and
 * looked up instead of the code itself.
 *
 * @param hex the digest as 64 hexadecimal digits, lower case
 */
public record AccessCodeDigest(String hex) {

  /**
   * Checks the form, and keeps the digits in lower case.
   *
   * @throws NullPointerException if {@code hex} is null
   * @throws IllegalArgumentException if {@code hex} is not 64 hexadecimal digits
   */
  public AccessCodeDigest {
    Objects.requireNonNull(hex, "digest must not be null");
    if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("digest must be 64 hexadecimal characters");
    }
    hex = hex.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A digest from its bytes.
   *
   * @param bytes the 32 bytes of an HMAC-SHA-256
   * @return the digest
   */
  public static AccessCodeDigest of(byte[] bytes) {
    return new AccessCodeDigest(HexFormat.of().formatHex(bytes));
  }

  @Override
  public String toString() {
    return "AccessCodeDigest[hidden]";
  }
}
