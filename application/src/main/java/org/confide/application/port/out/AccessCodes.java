package org.confide.application.port.out;

import java.util.Optional;
import org.confide.domain.shared.ReportReference;

/**
 * The index from access-code digests to reports: the only way back for an anonymous reporter. Each
 * report has at most one code; each digest names at most one report.
 */
public interface AccessCodes {

  /**
   * Sets the code of {@code reference}, replacing any code it had (so a retried submission leaves
   * exactly one working code). Returns {@link Registration#DIGEST_TAKEN}, changing nothing, when
   * the digest already names another report.
   */
  Registration register(ReportReference reference, AccessCodeDigest digest);

  /** The report this digest opens. */
  Optional<ReportReference> find(AccessCodeDigest digest);

  /** The digest of the code of {@code reference}, if it has one. */
  Optional<AccessCodeDigest> digestOf(ReportReference reference);

  /** Removes the code of {@code reference}; nothing happens if it has none. */
  void remove(ReportReference reference);

  /** The outcome of {@link #register}. */
  enum Registration {
    REGISTERED,
    DIGEST_TAKEN
  }
}
