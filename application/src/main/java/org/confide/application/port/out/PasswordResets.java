package org.confide.application.port.out;

import java.util.Optional;
import org.confide.domain.staff.PasswordReset;

/**
 * The one-time set-password links administrators issue, one a staff member at most, each kept only
 * as the digest of its token.
 */
public interface PasswordResets {

  /**
   * Stores the member's link, replacing any earlier one of theirs, which stops working.
   *
   * @param reset the link's record
   */
  void replace(PasswordReset reset);

  /**
   * The link whose token has this digest, expired or not: the caller decides.
   *
   * @param tokenDigest the SHA-256 digest of the token presented, 64 lower-case hexadecimal digits
   * @return the link; empty if there is none (never issued, spent, or replaced by a newer one)
   */
  Optional<PasswordReset> find(String tokenDigest);

  /**
   * Spends the link whose token has this digest: it is removed, so that it works once. Of two
   * racing uses of one link, exactly one spends it.
   *
   * @param tokenDigest the SHA-256 digest of the token presented
   * @return true if the link was there and this call spent it
   */
  boolean spend(String tokenDigest);
}
