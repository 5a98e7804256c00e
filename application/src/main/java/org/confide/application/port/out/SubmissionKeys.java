package org.confide.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.ReportReference;

/**
 * Idempotency keys of submissions, so that a reporter whose connection dropped can send the same
 * report again without creating a second one. Keys and request fingerprints are stored as digests.
 */
public interface SubmissionKeys {

  /**
   * Records that {@code key} produced {@code reference}. Returns the earlier claim, storing
   * nothing, when the key was claimed already.
   *
   * @param claim the key's first use
   * @return the earlier claim of the key, or empty when this claim is now stored
   */
  Optional<Claim> claim(Claim claim);

  /**
   * Forgets old claims: a retry after them makes a new report.
   *
   * @param before claims made before this are forgotten
   * @return how many were
   */
  int forgetBefore(Instant before);

  /**
   * One idempotency key's use: the report it created and the request that created it.
   *
   * @param keyDigest the keyed digest of the key; the key itself is never stored
   * @param requestFingerprint a digest of every field of the request, to tell a retry from another
   *     report sent with the same key
   * @param reference the report it created
   * @param at when it was claimed
   */
  record Claim(String keyDigest, String requestFingerprint, ReportReference reference, Instant at) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Claim {
      Objects.requireNonNull(keyDigest, "key digest must not be null");
      Objects.requireNonNull(requestFingerprint, "request fingerprint must not be null");
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(at, "at must not be null");
    }
  }
}
