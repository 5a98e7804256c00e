package org.confide.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SubmissionFailure;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.domain.access.AccessCode;
import org.confide.domain.report.Intake;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;

/** Receives reports. */
public final class SubmitReportService implements SubmitReportUseCase {

  /** How long an idempotency key is remembered. */
  static final Duration KEY_MEMORY = Duration.ofHours(24);

  private final Reception reception;
  private final Transactions transactions;
  private final RequestKeys requestKeys;
  private final Reports reports;
  private final RandomGenerator random;
  private final Secrets secrets;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param reception what receiving a report is, shared with a report entered by staff
   * @param transactions joins the writes of one run in one transaction
   * @param requestKeys claims idempotency keys, for retried submissions
   * @param reports the reports, with the digest of their access code
   * @param random the source of references and codes
   * @param secrets the digests of access codes
   */
  public SubmitReportService(
      Reception reception,
      Transactions transactions,
      RequestKeys requestKeys,
      Reports reports,
      RandomGenerator random,
      Secrets secrets) {
    this.reception = Objects.requireNonNull(reception, "reception");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.requestKeys = Objects.requireNonNull(requestKeys, "requestKeys");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.random = Objects.requireNonNull(random, "random");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  @Override
  public Outcome<Receipt, SubmissionFailure> submit(Command command) {
    var key = command.idempotencyKey().map(String::strip);
    for (int attempt = 0; attempt < Reception.ATTEMPTS; attempt++) {
      var reference = ReportReference.generate(random);
      try {
        // One transaction from the first read to the last write, so that a submission waits for
        // a database connection once, however busy the pool.
        return transactions.inTransaction(() -> received(command, key, reference));
      } catch (Reception.ReferenceTaken taken) {
        // Undone whole, the key's claim too; the next try draws another reference.
      }
    }
    throw new IllegalStateException(
        "no free report reference after " + Reception.ATTEMPTS + " tries");
  }

  /**
   * The submission as a straight line: the intake checks, the idempotency key claimed before
   * anything is written, then the report and what follows from it.
   */
  private Outcome<Receipt, SubmissionFailure> received(
      Command command, Optional<String> key, ReportReference reference) {
    return switch (reception.check(
        command.questionnaireVersion(), draft(command), RequestKeys.problems(key))) {
      case Outcome.Failed<Reception.Checked, Failure.Invalid>(var invalid) ->
          Outcome.failed(invalid);
      case Outcome.Done<Reception.Checked, Failure.Invalid>(var checked) -> {
        var earlier = key.flatMap(given -> earlier(command, given, reference, checked.now()));
        if (earlier.isPresent()) {
          yield earlier.get();
        }
        // No audit event: the trail records what staff read and change, and the report's own
        // received_at records its arrival.
        var received = reception.receive(checked, reference, Optional.empty(), Optional.empty());
        yield Outcome.done(
            new Receipt(
                reference, received.accessCode(), received.responseDueBy(), received.emergency()));
      }
    };
  }

  /**
   * Claims the key before anything is written: empty when this is its first use, else what a retry
   * is answered (the same report, or why not).
   */
  private Optional<Outcome<Receipt, SubmissionFailure>> earlier(
      Command command, String key, ReportReference reference, Instant now) {
    return switch (requestKeys.claim(
        "idempotency-key", key, SubmissionFingerprint.of(command), reference, now)) {
      case RequestKeys.Claimed.Now first -> Optional.empty();
      case RequestKeys.Claimed.Again(var report) -> Optional.of(retried(report));
      case RequestKeys.Claimed.OtherRequest other ->
          Optional.of(Outcome.failed(RequestKeys.reused()));
      case RequestKeys.Claimed.Gone gone ->
          Optional.of(Outcome.failed(Failure.Refused.of(ProblemCode.REPORT_ERASED)));
    };
  }

  /** What the reporter sent, as the intake checks read it. */
  private static Intake.Draft draft(Command command) {
    return Reception.draft(
        command.answers(),
        command.account(),
        command.anonymous(),
        command.contact(),
        command.messaging(),
        command.support());
  }

  /**
   * A retry of a submission already received returns the same report. The first code cannot be
   * shown again (only its digest is kept), so a fresh code replaces it: the reporter ends with
   * exactly one working code, the one they last received.
   */
  private Outcome<Receipt, SubmissionFailure> retried(Report report) {
    var again = reception.again(report, Optional.empty());
    var code =
        report.twoWayMessaging()
            ? Optional.of(replaceCode(report.reference()))
            : Optional.<AccessCode>empty();
    return Outcome.done(
        new Receipt(report.reference(), code, again.responseDueBy(), again.emergency()));
  }

  private AccessCode replaceCode(ReportReference reference) {
    for (int attempt = 0; attempt < Reception.ATTEMPTS; attempt++) {
      var code = AccessCode.generate(random);
      if (reports.replaceCode(reference, secrets.digest(code)) == Reports.CodeChange.REPLACED) {
        return code;
      }
    }
    throw new IllegalStateException("no free access code after " + Reception.ATTEMPTS + " tries");
  }
}
