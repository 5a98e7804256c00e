package org.confide.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SubmissionFailure;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.application.port.out.Teams;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.access.AccessCode;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.report.Account;
import org.confide.domain.report.Intake;
import org.confide.domain.report.Report;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.RiskReason;
import org.confide.domain.safeguarding.SafeguardingPolicy;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Role;

/** Receives reports. */
public final class SubmitReportService implements SubmitReportUseCase {

  /** How long an idempotency key is remembered. */
  static final Duration KEY_MEMORY = Duration.ofHours(24);

  private static final int REFERENCE_ATTEMPTS = 8;

  private final Auditor auditor;
  private final Patterns patterns;
  private final Transactions transactions;
  private final Settings settings;
  private final Questionnaires questionnaires;
  private final SubmissionKeys submissionKeys;
  private final Reports reports;
  private final RandomGenerator random;
  private final Escalations escalations;
  private final TrendFacts trendFacts;
  private final Secrets secrets;
  private final Clock clock;
  private final SafeguardingPolicy policy;
  private final Teams teams;
  private final Notifier notifier;
  private final ReporterIndex reporterIndex;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param patterns stores reports' pattern keys and finds the alerts they make
   * @param transactions joins the writes of one run in one transaction
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param questionnaires every questionnaire version, so answers are read against the one they
   *     answer
   * @param submissionKeys claims of idempotency keys, for retried submissions
   * @param reports the reports, with the digest of their access code
   * @param random the source of references, codes and ids
   * @param escalations the safeguarding escalations
   * @param trendFacts the anonymous facts trends are counted from
   * @param secrets the keyed digests under the server secret
   * @param clock the time read for due dates, expiry and the audit trail
   * @param policy turns answers into a risk assessment
   * @param teams the routing, which sends a new report to its team's queue
   * @param notifier tells the advisers of a new report, and the safeguarding leads of an urgent one
   * @param reporterIndex keeps the key of a named reporter's email address, for subject access
   */
  public SubmitReportService(
      Auditor auditor,
      Patterns patterns,
      Transactions transactions,
      Settings settings,
      Questionnaires questionnaires,
      SubmissionKeys submissionKeys,
      Reports reports,
      RandomGenerator random,
      Escalations escalations,
      TrendFacts trendFacts,
      Secrets secrets,
      Clock clock,
      SafeguardingPolicy policy,
      Teams teams,
      Notifier notifier,
      ReporterIndex reporterIndex) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.patterns = Objects.requireNonNull(patterns, "patterns");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.submissionKeys = Objects.requireNonNull(submissionKeys, "submissionKeys");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.random = Objects.requireNonNull(random, "random");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.trendFacts = Objects.requireNonNull(trendFacts, "trendFacts");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = policy;
    this.teams = Objects.requireNonNull(teams, "teams");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.reporterIndex = Objects.requireNonNull(reporterIndex, "reporterIndex");
  }

  @Override
  public Outcome<Receipt, SubmissionFailure> submit(Command command) {
    var key = command.idempotencyKey().map(String::strip);
    for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      var reference = ReportReference.generate(random);
      try {
        // One transaction from the first read to the last write, so that a submission waits for
        // a database connection once, however busy the pool.
        return transactions.inTransaction(() -> received(command, key, reference));
      } catch (ReferenceTaken taken) {
        // Undone whole, the key's claim too; the next try draws another reference.
      }
    }
    throw new IllegalStateException(
        "no free report reference after " + REFERENCE_ATTEMPTS + " tries");
  }

  /**
   * The submission as a straight line: the intake checks, the idempotency key claimed before
   * anything is written, then the report and what follows from it.
   */
  private Outcome<Receipt, SubmissionFailure> received(
      Command command, Optional<String> key, ReportReference reference) {
    var now = clock.instant();
    var settings = this.settings.current();
    // Only a version in use, or once in use, may be answered: one still being prepared, or waiting
    // for a safeguarding lead to confirm the signals it drops, must never receive a report.
    var questionnaire = questionnaires.answerable(command.questionnaireVersion());
    if (questionnaire.isEmpty()) {
      return Outcome.failed(
          Failure.Invalid.of(
              "questionnaireVersion",
              "There is no questionnaire version "
                  + command.questionnaireVersion()
                  + "; reload the form and try again"));
    }
    var today = LocalDate.ofInstant(now, settings.calendar().zone());
    var problems = new ArrayList<FieldProblem>();
    var checked =
        switch (Intake.check(questionnaire.get(), draft(command), today)) {
          case Intake.Result.Accepted accepted -> Optional.of(accepted.checked());
          case Intake.Result.Refused refused -> {
            problems.addAll(refused.problems());
            yield Optional.<Intake.Checked>empty();
          }
        };
    if (key.isPresent() && (key.get().length() < 16 || key.get().length() > 200)) {
      problems.add(
          new FieldProblem("Idempotency-Key", "An idempotency key has 16 to 200 characters"));
    }
    if (!problems.isEmpty()) {
      return Outcome.failed(new Failure.Invalid(problems));
    }
    var intake = checked.orElseThrow();
    if (key.isPresent()) {
      var fingerprint = SubmissionFingerprint.of(command);
      var digest = secrets.keyedDigest("submission", fingerprint);
      var earlier =
          submissionKeys.claim(
              new SubmissionKeys.Claim(keyDigest(key.get()), digest, reference, now));
      if (earlier.isPresent()) {
        return retried(earlier.get(), digest);
      }
    }
    var assessment =
        policy.assess(questionnaire.get(), intake.answers(), intake.account().map(Account::text));
    var report = Report.submit(intake.submission(reference, now, assessment.level()));
    var code = added(report);
    var team = teams.routing().teamFor(report.answers());
    team.ifPresent(chosen -> teams.place(reference, chosen));
    // No audit event: the trail records what staff read and change, and the report's own
    // received_at records its arrival.
    patterns.record(report);
    reporterIndex.keep(report);
    if (assessment.isUrgent()) {
      var escalation =
          Escalation.raiseAutomatically(
              EscalationId.generate(random),
              reference,
              now,
              assessment.reasons().stream().map(RiskReason::description).toList());
      escalations.save(escalation);
      auditor.audit(
          Actor.system(),
          AuditAction.ESCALATION_RAISED,
          reference,
          "automatic: " + assessment.reasons());
      // Every lead at once: a child at risk or someone in danger now cannot wait for the next
      // sign-in. The email names the reference only, never the reasons.
      notifier.tellEvery(
          NotificationKind.URGENT_ESCALATION, Role.SAFEGUARDING_LEAD, reference, Optional.empty());
    }
    notifier.tellQueue(NotificationKind.NEW_REPORT, team, reference, Optional.empty());
    // Last, just before the commit: reports alike in every fact add to the same trend count, so
    // this is the write most likely to wait for another submission's transaction to end.
    trendFacts.record(ReportFacts.of(report, settings.calendar().zone()));
    var emergency =
        assessment.showsImmediateDanger()
            ? Optional.of(settings.emergencyContacts().inForce())
            : Optional.<List<EmergencyContact>>empty();
    return Outcome.done(
        new Receipt(reference, code, settings.targets().responseDue(now), emergency));
  }

  /** What the reporter sent, as the intake checks read it. */
  private static Intake.Draft draft(Command command) {
    var contact = command.contact();
    var support = command.support().filter(SupportInput::wanted);
    return new Intake.Draft(
        command.answers(),
        command.account(),
        command.anonymous(),
        contact.isPresent(),
        contact.map(ContactInput::name).orElse(null),
        contact.map(ContactInput::email).orElse(null),
        contact.map(ContactInput::phone).orElse(null),
        command.messaging(),
        support.isPresent(),
        support.flatMap(SupportInput::adviserPreference));
  }

  /**
   * Stores a new report with a fresh access code when it has messaging. A code whose digest opens
   * another report already (a draw of 80 random bits, so only ever in a test) is drawn again; a
   * reference taken already undoes the transaction, to be tried with another.
   */
  private Optional<AccessCode> added(Report report) {
    for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      var code =
          report.twoWayMessaging()
              ? Optional.of(AccessCode.generate(random))
              : Optional.<AccessCode>empty();
      switch (reports.add(report, code.map(secrets::digest))) {
        case ADDED -> {
          return code;
        }
        case REFERENCE_TAKEN -> throw new ReferenceTaken();
        case CODE_TAKEN -> {
          // Draw another code.
        }
      }
    }
    throw new IllegalStateException("no free access code after " + REFERENCE_ATTEMPTS + " tries");
  }

  /**
   * The reference drawn for a report is taken already: the transaction is undone and tried anew.
   */
  private static final class ReferenceTaken extends RuntimeException {
    ReferenceTaken() {
      super("the report reference drawn is taken", null, false, false);
    }
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
    for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      var code = AccessCode.generate(random);
      if (reports.replaceCode(reference, secrets.digest(code)) == Reports.CodeChange.REPLACED) {
        return code;
      }
    }
    throw new IllegalStateException("no free access code after " + REFERENCE_ATTEMPTS + " tries");
  }

  private String keyDigest(String key) {
    return secrets.keyedDigest("idempotency-key", key);
  }
}
