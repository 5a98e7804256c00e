package org.confide.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.domain.report.Report;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;

/**
 * The idempotency keys of the two ways a report arrives (a reporter's submission and a report
 * entered by staff): a key is claimed before anything is written, so that a request sent again
 * answers the report the first one made, never a second. Keys and requests are kept as keyed
 * digests only, each way under its own name, so that a key used one way never finds a report made
 * the other.
 */
public final class RequestKeys {

  /** The field a problem with the key is named by, as the HTTP header that carries it. */
  static final String FIELD = "Idempotency-Key";

  private final SubmissionKeys keys;
  private final Reports reports;
  private final Secrets secrets;

  /**
   * Wired once by the assembly.
   *
   * @param keys the claims of keys
   * @param reports the reports, to find the one an earlier claim made
   * @param secrets the keyed digests under the server secret
   */
  public RequestKeys(SubmissionKeys keys, Reports reports, Secrets secrets) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /** What claiming a key found. */
  sealed interface Claimed {
    /** The key is new: it now names the report about to be made. */
    record Now() implements Claimed {}

    /**
     * The key was used before for the same request, which made {@code report}.
     *
     * @param report the report as it stands
     */
    record Again(Report report) implements Claimed {}

    /** The key was used before for a different request. */
    record OtherRequest() implements Claimed {}

    /** The key was used for the same request, but its report is gone or held for safeguarding. */
    record Gone() implements Claimed {}
  }

  /**
   * The problem with {@code key} as sent, if any: a key has 16 to 200 characters.
   *
   * @param key the key, stripped, if one was sent
   * @return the problem, or none
   */
  static List<FieldProblem> problems(Optional<String> key) {
    return key.isPresent() && (key.get().length() < 16 || key.get().length() > 200)
        ? List.of(FieldProblem.of(FIELD, ProblemCode.KEY_LENGTH))
        : List.of();
  }

  /**
   * What a key used before for a different request is answered.
   *
   * @return the problem, named by the key's field
   */
  static Failure.Invalid reused() {
    return Failure.Invalid.of(FIELD, ProblemCode.KEY_REUSED);
  }

  /**
   * Claims {@code key} for {@code reference}, in the caller's transaction and before it writes
   * anything else.
   *
   * @param name whose keys these are: {@code idempotency-key} for reporters, or a name holding the
   *     adviser's id for staff, so that no one's key finds another's report
   * @param key the key as sent
   * @param request every field of the request written out unambiguously
   * @param reference the reference the new report will have
   * @param now when the key is claimed
   * @return what the claim found
   */
  Claimed claim(String name, String key, String request, ReportReference reference, Instant now) {
    var fingerprint = secrets.keyedDigest("submission", request);
    var earlier =
        keys.claim(
            new SubmissionKeys.Claim(secrets.keyedDigest(name, key), fingerprint, reference, now));
    if (earlier.isEmpty()) {
      return new Claimed.Now();
    }
    if (!earlier.get().requestFingerprint().equals(fingerprint)) {
      return new Claimed.OtherRequest();
    }
    // A report under a safeguarding hold was erased as far as its reporter knows: a retry must not
    // give them a way back in.
    return reports
        .find(earlier.get().reference())
        .filter(found -> !found.isHeld())
        .<Claimed>map(Claimed.Again::new)
        .orElseGet(Claimed.Gone::new);
  }
}
