package org.confide.domain.staff;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A one-time set-password link an administrator issued for a staff member: kept only as the digest
 * of its token, so that a copy of the store opens no link, and good once, until it expires. A
 * member has one at most; a new one replaces the one before.
 *
 * @param staff whose password the link sets
 * @param tokenDigest the SHA-256 digest of the link's token, 64 hexadecimal digits, stored in lower
 *     case
 * @param issuedAt when the administrator issued it
 * @param expiresAt when it stops working; after {@code issuedAt}
 */
public record PasswordReset(
    StaffId staff, String tokenDigest, Instant issuedAt, Instant expiresAt) {

  /**
   * A link's record.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the digest is not 64 hexadecimal digits, or the link
   *     expires no later than it was issued
   */
  public PasswordReset {
    Objects.requireNonNull(staff, "staff must not be null");
    Objects.requireNonNull(tokenDigest, "token digest must not be null");
    Objects.requireNonNull(issuedAt, "issued at must not be null");
    Objects.requireNonNull(expiresAt, "expires at must not be null");
    if (tokenDigest.length() != 64
        || !tokenDigest.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("token digest must be 64 hexadecimal characters");
    }
    tokenDigest = tokenDigest.toLowerCase(Locale.ROOT);
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("a password reset must expire after it is issued");
    }
  }

  /**
   * Whether the link has stopped working by {@code now}.
   *
   * @param now the current instant
   * @return true at or after {@link #expiresAt()}
   */
  public boolean hasExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "PasswordReset[" + staff + ", expires " + expiresAt + "]";
  }
}
