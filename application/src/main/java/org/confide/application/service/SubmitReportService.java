package org.confide.application.service;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SubmissionFailure;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.application.port.out.Transactions;
import org.confide.domain.access.AccessCode;
import org.confide.domain.report.Intake;
import org.confide.domain.safeguarding.SafeguardingPolicy;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ReportReference;

/** Receives reports. */
public final class SubmitReportService implements SubmitReportUseCase {

  /** How long an idempotency key is remembered. */
  static final Duration KEY_MEMORY = Duration.ofHours(24);

  private final Reception reception;
  private final Transactions transactions;
  private final Settings settings;
  private final Questionnaires questionnaires;
  private final SubmissionKeys submissionKeys;
  private final Reports reports;
  private final RandomGenerator random;
  private final Secrets secrets;
  private final SafeguardingPolicy policy;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param reception what receiving a report is, shared with a report entered by staff
   * @param transactions joins the writes of one run in one transaction
   * @param settings the settings in force, for a retried submission's receipt
   * @param questionnaires every questionnaire version, for a retried submission's receipt
   * @param submissionKeys claims of idempotency keys, for retried submissions
   * @param reports the reports, with the digest of their access code
   * @param random the source of references and codes
   * @param secrets the keyed digests under the server secret
   * @param policy tells whether a retried submission's answers show immediate danger
   */
  public SubmitReportService(
      Reception reception,
      Transactions transactions,
      Settings settings,
      Questionnaires questionnaires,
      SubmissionKeys submissionKeys,
      Reports reports,
      RandomGenerator random,
      Secrets secrets,
      SafeguardingPolicy policy) {
    this.reception = Objects.requireNonNull(reception, "reception");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.submissionKeys = Objects.requireNonNull(submissionKeys, "submissionKeys");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.random = Objects.requireNonNull(random, "random");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.policy = Objects.requireNonNull(policy, "policy");
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
    var keyProblems =
        key.isPresent() && (key.get().length() < 16 || key.get().length() > 200)
            ? List.of(
                new FieldProblem("Idempotency-Key", "An idempotency key has 16 to 200 characters"))
            : List.<FieldProblem>of();
    return switch (reception.check(command.questionnaireVersion(), draft(command), keyProblems)) {
      case Outcome.Failed<Reception.Checked, Failure.Invalid>(var invalid) ->
          Outcome.failed(invalid);
      case Outcome.Done<Reception.Checked, Failure.Invalid>(var checked) -> {
        if (key.isPresent()) {
          var fingerprint = SubmissionFingerprint.of(command);
          var digest = secrets.keyedDigest("submission", fingerprint);
          var earlier =
              submissionKeys.claim(
                  new SubmissionKeys.Claim(keyDigest(key.get()), digest, reference, checked.now()));
          if (earlier.isPresent()) {
            yield retried(earlier.get(), digest);
          }
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
  private Outcome<Receipt, SubmissionFailure> retried(
      SubmissionKeys.Claim earlier, String fingerprintDigest) {
    if (!earlier.requestFingerprint().equals(fingerprintDigest)) {
      return Outcome.failed(
          Failure.Invalid.of(
              "Idempotency-Key", "This idempotency key was already used for a different report"));
    }
    // A report under a safeguarding hold was erased as far as its reporter knows: a retry must not
    // give them a way back in.
    var report = reports.find(earlier.reference()).filter(found -> !found.isHeld());
    if (report.isEmpty()) {
      return Outcome.failed(new Failure.Refused("This report has since been erased"));
    }
    var settings = this.settings.current();
    var questionnaire = questionnaires.find(report.get().questionnaireVersion());
    var emergency =
        questionnaire
            .filter(q -> policy.showsImmediateDanger(q, report.get().answers()))
            .map(q -> settings.emergencyContacts().inForce());
    var code =
        report.get().twoWayMessaging()
            ? Optional.of(replaceCode(report.get().reference()))
            : Optional.<AccessCode>empty();
    return Outcome.done(
        new Receipt(
            report.get().reference(),
            code,
            settings.targets().responseDue(report.get().receivedAt()),
            emergency));
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

  private String keyDigest(String key) {
    return secrets.keyedDigest("idempotency-key", key);
  }
}
