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
   */
  Optional<Claim> claim(Claim claim);

  /** Forgets claims made before {@code before}, and returns how many. */
  int forgetBefore(Instant before);

  /** One idempotency key's use: the report it created and the request that created it. */
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
