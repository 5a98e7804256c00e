package org.confide.domain.staff;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member's second factor: the shared secret of a time-based one-time password app (RFC
 * 6238), whether the member has proved they hold it, the last time step whose code was accepted (so
 * a code cannot be used twice), and the keyed hashes of the recovery codes not yet used.
 *
 * <p>A pending authenticator is one being set up: it does not yet guard anything.
 */
public final class Authenticator {

  /** Bytes of secret: 160 bits, as RFC 4226 recommends for HMAC-SHA-1. */
  public static final int SECRET_BYTES = 20;

  private final byte[] secret;
  private final boolean confirmed;
  private final long lastAcceptedStep;
  private final Set<String> recoveryCodeDigests;

  private Authenticator(
      byte[] secret, boolean confirmed, long lastAcceptedStep, Set<String> recoveryCodeDigests) {
    Objects.requireNonNull(secret, "secret must not be null");
    if (secret.length != SECRET_BYTES) {
      throw new IllegalArgumentException("an authenticator secret has " + SECRET_BYTES + " bytes");
    }
    this.secret = secret.clone();
    this.confirmed = confirmed;
    this.lastAcceptedStep = lastAcceptedStep;
    this.recoveryCodeDigests =
        Set.copyOf(Objects.requireNonNull(recoveryCodeDigests, "recovery codes must not be null"));
    if (!confirmed && !this.recoveryCodeDigests.isEmpty()) {
      throw new IllegalArgumentException("a pending authenticator has no recovery codes");
    }
  }

  /** A new secret, being set up: nothing is guarded by it until {@link #confirm}. */
  public static Authenticator pending(byte[] secret) {
    return new Authenticator(secret, false, -1, Set.of());
  }

  /** Rebuilds a stored authenticator. */
  public static Authenticator reconstitute(
      byte[] secret, boolean confirmed, long lastAcceptedStep, Set<String> recoveryCodeDigests) {
    return new Authenticator(secret, confirmed, lastAcceptedStep, recoveryCodeDigests);
  }

  /**
   * The authenticator in force: its holder proved it with the code of {@code step}, and was given
   * recovery codes with these digests.
   */
  public Authenticator confirm(long step, Set<String> recoveryCodeDigests) {
    if (confirmed) {
      throw new IllegalStateException("this authenticator is already confirmed");
    }
    if (recoveryCodeDigests.isEmpty()) {
      throw new IllegalArgumentException("a confirmed authenticator comes with recovery codes");
    }
    return new Authenticator(secret, true, step, recoveryCodeDigests);
  }

  /** Whether a code of {@code step} may still be used: later than the last one accepted. */
  public boolean unused(long step) {
    return step > lastAcceptedStep;
  }

  /** The authenticator after the code of {@code step} was accepted. */
  public Authenticator accepted(long step) {
    if (!unused(step)) {
      throw new IllegalArgumentException("the code of this step was already used");
    }
    return new Authenticator(secret, confirmed, step, recoveryCodeDigests);
  }

  /** The authenticator after the recovery code with this digest was used up. */
  public Authenticator withoutRecoveryCode(String digest) {
    if (!recoveryCodeDigests.contains(digest)) {
      throw new IllegalArgumentException("no such recovery code");
    }
    var left = new HashSet<>(recoveryCodeDigests);
    left.remove(digest);
    return new Authenticator(secret, confirmed, lastAcceptedStep, left);
  }

  /** A copy of the shared secret. */
  public byte[] secret() {
    return secret.clone();
  }

  public boolean confirmed() {
    return confirmed;
  }

  public long lastAcceptedStep() {
    return lastAcceptedStep;
  }

  public Set<String> recoveryCodeDigests() {
    return recoveryCodeDigests;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Authenticator that
        && Arrays.equals(secret, that.secret)
        && confirmed == that.confirmed
        && lastAcceptedStep == that.lastAcceptedStep
        && recoveryCodeDigests.equals(that.recoveryCodeDigests);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(secret);
  }

  /** Never the secret. */
  @Override
  public String toString() {
    return "Authenticator[" + (confirmed ? "confirmed" : "pending") + "]";
  }
}
