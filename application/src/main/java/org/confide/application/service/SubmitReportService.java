package org.confide.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.out.AccessCodes;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.SubmissionKeys;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.access.AccessCode;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.Interpretation;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.report.Account;
import org.confide.domain.report.Anonymity;
import org.confide.domain.report.ContactDetails;
import org.confide.domain.report.Report;
import org.confide.domain.report.Submission;
import org.confide.domain.report.SupportRequest;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.safeguarding.RiskReason;
import org.confide.domain.safeguarding.SafeguardingPolicy;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ReportReference;

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
  private final AccessCodes accessCodes;
  private final Secrets secrets;
  private final Clock clock;
  private final SafeguardingPolicy policy;

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
      AccessCodes accessCodes,
      Secrets secrets,
      Clock clock,
      SafeguardingPolicy policy) {
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
    this.accessCodes = Objects.requireNonNull(accessCodes, "accessCodes");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = policy;
  }

  @Override
  public Outcome<Receipt> submit(Command command) {
    if (command.questionnaireVersion() < 1) {
      return Outcome.invalid("questionnaireVersion", "Give the version of the questionnaire");
    }
    // One transaction from the first read to the last write, so that a submission waits for a
    // database connection once, however busy the pool.
    return transactions.inTransaction(() -> received(command));
  }

  private Outcome<Receipt> received(Command command) {
    var now = clock.instant();
    var settings = this.settings.current();
    var problems = new ArrayList<FieldProblem>();
    var questionnaire =
        questionnaires.find(QuestionnaireVersion.of(command.questionnaireVersion()));
    if (questionnaire.isEmpty()) {
      return Outcome.invalid(
          "questionnaireVersion",
          "There is no questionnaire version "
              + command.questionnaireVersion()
              + "; reload the form and try again");
    }
    var today = LocalDate.ofInstant(now, settings.calendar().zone());
    var answers =
        switch (questionnaire.get().interpret(command.answers(), today)) {
          case Interpretation.Valid valid -> Optional.of(valid.answers());
          case Interpretation.Invalid invalid -> {
            problems.addAll(invalid.problems());
            yield Optional.<Answers>empty();
          }
        };
    var account =
        command
            .account()
            .map(String::strip)
            .filter(text -> !text.isEmpty())
            .flatMap(text -> {
              var problem = FreeText.problem(text, Account.MAX_LENGTH);
              problem.ifPresent(
                  p -> problems.add(new FieldProblem("account", "Your account " + p)));
              return problem.isPresent() ? Optional.empty() : Optional.of(new Account(text));
            });

    Anonymity anonymity = Anonymity.anonymous();
    if (!command.anonymous()) {
      if (command.contact().isEmpty()) {
        problems.add(
            new FieldProblem(
                "contact", "Give your contact details, or choose to tell us anonymously"));
      } else {
        var contact = command.contact().get();
        switch (ContactDetails.check(contact.name(), contact.email(), contact.phone())) {
          case ContactDetails.Check.Valid valid -> anonymity = Anonymity.named(valid.contact());
          case ContactDetails.Check.Invalid invalid -> problems.addAll(invalid.problems());
        }
      }
    }
    Optional<SupportRequest> support = Optional.empty();
    if (command.support().filter(SupportInput::wanted).isPresent()) {
      if (command.anonymous()) {
        problems.add(
            new FieldProblem(
                "support", "An adviser can only offer support if you give contact details"));
      } else {
        var preference = command.support().get().adviserPreference().map(String::strip);
        var problem =
            preference
                .filter(p -> !p.isEmpty())
                .flatMap(p -> FreeText.problem(p, SupportRequest.MAX_PREFERENCE_LENGTH));
        if (problem.isPresent()) {
          problems.add(
              new FieldProblem("support.adviserPreference", "Your preference " + problem.get()));
        } else {
          support = Optional.of(new SupportRequest(preference));
        }
      }
    }
    if (command.messaging() && !command.anonymous()) {
      problems.add(
          new FieldProblem(
              "messaging",
              "Anonymous messaging is for anonymous reports; with contact details an adviser"
                  + " contacts you directly"));
    }
    var key = command.idempotencyKey().map(String::strip);
    if (key.isPresent() && (key.get().length() < 16 || key.get().length() > 200)) {
      problems.add(
          new FieldProblem("Idempotency-Key", "An idempotency key has 16 to 200 characters"));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Invalid<>(problems);
    }

    var interpreted = answers.orElseThrow();
    var assessment = policy.assess(questionnaire.get(), interpreted, account.map(Account::text));
    var emergency =
        assessment.showsImmediateDanger()
            ? Optional.of(settings.emergencyContacts())
            : Optional.<List<org.confide.domain.safeguarding.EmergencyContact>>empty();

    var report =
        added(
            questionnaire.get(),
            interpreted,
            account,
            now,
            anonymity,
            command,
            support,
            assessment.level());
    var reference = report.reference();
    if (key.isPresent()) {
      var fingerprint = fingerprint(command);
      var earlier =
          submissionKeys.claim(
              new SubmissionKeys.Claim(keyDigest(key.get()), fingerprint, reference, now));
      if (earlier.isPresent()) {
        // A request with this key came first: this one's report must not exist beside its.
        reports.remove(reference);
        return retried(earlier.get(), fingerprint);
      }
    }
    var code =
        report.twoWayMessaging() ? Optional.of(issueCode(reference)) : Optional.<AccessCode>empty();
    patterns.record(report);
    auditor.audit(Actor.reporter(), AuditAction.REPORT_SUBMITTED, reference, "");
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
    }
    // Last, just before the commit: reports alike in every fact add to the same trend count, so
    // this is the write most likely to wait for another submission's transaction to end.
    trendFacts.record(ReportFacts.of(report, settings.calendar().zone()));
    return Outcome.done(
        new Receipt(
            reference,
            code,
            settings.calendar().responseDue(now, settings.serviceLevel()),
            emergency));
  }

  /**
   * Stores the report under a fresh random reference, drawing another if the reference is taken:
   * the insert itself says so, which saves asking first.
   */
  private Report added(
      Questionnaire questionnaire,
      Answers answers,
      Optional<Account> account,
      Instant now,
      Anonymity anonymity,
      Command command,
      Optional<SupportRequest> support,
      RiskLevel risk) {
    for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      var report =
          Report.submit(
              new Submission(
                  ReportReference.generate(random),
                  questionnaire.version(),
                  answers,
                  account,
                  now,
                  anonymity,
                  command.messaging(),
                  support,
                  risk));
      if (reports.add(report) == Reports.AddOutcome.ADDED) {
        return report;
      }
    }
    throw new IllegalStateException(
        "no free report reference after " + REFERENCE_ATTEMPTS + " tries");
  }

  /**
   * A retry of a submission already received returns the same report. The first code cannot be
   * shown again (only its digest is kept), so a fresh code replaces it: the reporter ends with
   * exactly one working code, the one they last received.
   */
  private Outcome<Receipt> retried(SubmissionKeys.Claim earlier, String fingerprint) {
    if (!earlier.requestFingerprint().equals(fingerprint)) {
      return Outcome.invalid(
          "Idempotency-Key", "This idempotency key was already used for a different report");
    }
    var report = reports.find(earlier.reference());
    if (report.isEmpty()) {
      return new Outcome.Refused<>("This report has since been erased");
    }
    var settings = this.settings.current();
    var questionnaire = questionnaires.find(report.get().questionnaireVersion());
    var emergency =
        questionnaire
            .filter(q -> policy.showsImmediateDanger(q, report.get().answers()))
            .map(q -> settings.emergencyContacts());
    var code =
        report.get().twoWayMessaging()
            ? Optional.of(issueCode(report.get().reference()))
            : Optional.<AccessCode>empty();
    return Outcome.done(
        new Receipt(
            report.get().reference(),
            code,
            settings.calendar().responseDue(report.get().receivedAt(), settings.serviceLevel()),
            emergency));
  }

  private AccessCode issueCode(ReportReference reference) {
    for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      var code = AccessCode.generate(random);
      if (accessCodes.register(reference, secrets.digest(code))
          == AccessCodes.Registration.REGISTERED) {
        return code;
      }
    }
    throw new IllegalStateException("no free access code after " + REFERENCE_ATTEMPTS + " tries");
  }

  private String keyDigest(String key) {
    return secrets.keyedDigest("idempotency-key", key);
  }

  /** A digest of what was sent, so that a key reused for a different report is refused. */
  private String fingerprint(Command command) {
    var canonical = new StringBuilder();
    canonical.append(command.questionnaireVersion()).append('\u0000');
    new TreeMap<>(command.answers())
        .forEach((question, answer) ->
            canonical
                .append(question)
                .append('=')
                .append(String.join("\u0001", rawValues(answer)))
                .append('\u0000'));
    canonical.append(command.account().orElse("")).append('\u0000');
    canonical.append(command.anonymous()).append(command.messaging());
    command
        .contact()
        .ifPresent(c -> canonical.append(c.name()).append(c.email()).append(c.phone()));
    return secrets.keyedDigest("submission", canonical.toString());
  }

  private static List<String> rawValues(RawAnswer answer) {
    return switch (answer) {
      case RawAnswer.Single single -> List.of(String.valueOf(single.value()));
      case RawAnswer.Many many -> many.values();
    };
  }
}
