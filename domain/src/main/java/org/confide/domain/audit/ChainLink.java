package org.confide.domain.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event's place in the audit chain: its position (1 for the first chained event) and the hash
 * that seals it together with every event before it ({@link AuditChain#link}).
 *
 * @param position the event's position in the chain, from 1; 0 only for the chain's start
 * @param hash the SHA-256 hash, 64 lower-case hexadecimal digits
 */
public record ChainLink(long position, String hash) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** Where every chain starts: position 0 and a hash of zeros, before any event. */
  public static final ChainLink START = new ChainLink(0, "0".repeat(64));

  /**
   * A link.
   *
   * @throws IllegalArgumentException if the position is negative or the hash is not 64 lower-case
   *     hexadecimal digits
   */
  public ChainLink {
    Objects.requireNonNull(hash, "chain hash must not be null");
    if (position < 0) {
      throw new IllegalArgumentException("chain position must not be negative, was " + position);
    }
    if (!HEX.matcher(hash).matches()) {
      throw new IllegalArgumentException("chain hash must be 64 lower-case hexadecimal digits");
    }
  }
}
