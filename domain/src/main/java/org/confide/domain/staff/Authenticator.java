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

  /**
   * A new secret, being set up: nothing is guarded by it until {@link #confirm}.
   *
   * @param secret the shared secret, {@value #SECRET_BYTES} bytes from a cryptographically strong
   *     source; copied
   * @return a pending authenticator with no step accepted and no recovery codes
   * @throws IllegalArgumentException if the secret is not {@value #SECRET_BYTES} bytes
   */
  public static Authenticator pending(byte[] secret) {
    return new Authenticator(secret, false, -1, Set.of());
  }

  /**
   * Rebuilds a stored authenticator. For stores only.
   *
   * @param secret the shared secret, {@value #SECRET_BYTES} bytes; copied
   * @param confirmed whether its holder has proved it
   * @param lastAcceptedStep the last time step whose code was accepted; -1 when none has been
   * @param recoveryCodeDigests the keyed hashes of the recovery codes not yet used; none when
   *     pending
   * @return the authenticator
   * @throws IllegalArgumentException if the secret is not {@value #SECRET_BYTES} bytes, or a
   *     pending authenticator has recovery codes
   */
  public static Authenticator reconstitute(
      byte[] secret, boolean confirmed, long lastAcceptedStep, Set<String> recoveryCodeDigests) {
    return new Authenticator(secret, confirmed, lastAcceptedStep, recoveryCodeDigests);
  }

  /**
   * The authenticator in force: its holder proved it with the code of {@code step}, and was given
   * recovery codes with these digests.
   *
   * @param step the time step of the code they entered (the number of 30-second steps since the
   *     epoch, as RFC 6238 counts them); that code cannot be used again
   * @param recoveryCodeDigests the keyed hashes of the recovery codes just issued, at least one
   * @return the confirmed authenticator
   * @throws IllegalStateException if this authenticator is already confirmed
   * @throws IllegalArgumentException if there is no recovery code
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

  /**
   * The confirmed authenticator with a new set of recovery codes in place of the ones it held.
   *
   * @param recoveryCodeDigests the keyed hashes of the recovery codes just issued, at least one
   * @return the authenticator holding only those codes
   * @throws IllegalStateException if this authenticator is not confirmed
   * @throws IllegalArgumentException if there is no recovery code
   */
  public Authenticator withRecoveryCodes(Set<String> recoveryCodeDigests) {
    if (!confirmed) {
      throw new IllegalStateException("only a confirmed authenticator holds recovery codes");
    }
    if (recoveryCodeDigests.isEmpty()) {
      throw new IllegalArgumentException("a confirmed authenticator comes with recovery codes");
    }
    return new Authenticator(secret, true, lastAcceptedStep, recoveryCodeDigests);
  }

  /**
   * Whether a code of {@code step} may still be used: later than the last one accepted.
   *
   * @param step the time step of a code
   * @return true if it is later than {@link #lastAcceptedStep()}
   */
  public boolean unused(long step) {
    return step > lastAcceptedStep;
  }

  /**
   * The authenticator after the code of {@code step} was accepted: that code, and every earlier
   * one, can no longer be used.
   *
   * @param step the time step of the code accepted
   * @return the authenticator with {@code step} as its last accepted step
   * @throws IllegalArgumentException if the step is not {@link #unused}
   */
  public Authenticator accepted(long step) {
    if (!unused(step)) {
      throw new IllegalArgumentException("the code of this step was already used");
    }
    return new Authenticator(secret, confirmed, step, recoveryCodeDigests);
  }

  /**
   * The authenticator after the recovery code with this digest was used up.
   *
   * @param digest the keyed hash of the recovery code used
   * @return the authenticator without that code
   * @throws IllegalArgumentException if it holds no recovery code with that digest
   */
  public Authenticator withoutRecoveryCode(String digest) {
    if (!recoveryCodeDigests.contains(digest)) {
      throw new IllegalArgumentException("no such recovery code");
    }
    var left = new HashSet<>(recoveryCodeDigests);
    left.remove(digest);
    return new Authenticator(secret, confirmed, lastAcceptedStep, left);
  }

  /**
   * A copy of the shared secret.
   *
   * @return a new array of {@value #SECRET_BYTES} bytes each time
   */
  public byte[] secret() {
    return secret.clone();
  }

  /**
   * Whether its holder has proved it; a pending authenticator guards nothing.
   *
   * @return true once {@link #confirm} has been made
   */
  public boolean confirmed() {
    return confirmed;
  }

  /**
   * The last time step whose code was accepted; no code of this step or an earlier one is accepted
   * again.
   *
   * @return the step, or -1 when no code has been accepted
   */
  public long lastAcceptedStep() {
    return lastAcceptedStep;
  }

  /**
   * The keyed hashes of the recovery codes not yet used.
   *
   * @return an unmodifiable set; empty when pending or when every code has been used
   */
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
