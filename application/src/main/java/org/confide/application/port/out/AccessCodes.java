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
   *
   * @param reference the report
   * @param digest the keyed digest of its new code
   * @return whether the code is the report's now
   */
  Registration register(ReportReference reference, AccessCodeDigest digest);

  /**
   * The report a code opens.
   *
   * @param digest the keyed digest of the code as typed, normalised
   * @return the report; empty when no report has that code
   */
  Optional<ReportReference> find(AccessCodeDigest digest);

  /**
   * The digest of a report's code.
   *
   * @param reference the report
   * @return the digest, if the report has a code (an anonymous report with messaging)
   */
  Optional<AccessCodeDigest> digestOf(ReportReference reference);

  /**
   * Removes a report's code; nothing happens if it has none.
   *
   * @param reference the report
   */
  void remove(ReportReference reference);

  /** The outcome of {@link #register}. */
  enum Registration {
    /** The code is the report's. */
    REGISTERED,
    /** Another report has a code with this digest: nothing changed. */
    DIGEST_TAKEN
  }
}
