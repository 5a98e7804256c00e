package org.confide.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.application.port.in.SubmitReportUseCase.SupportInput;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Teams;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.access.AccessCode;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.report.Account;
import org.confide.domain.report.Intake;
import org.confide.domain.report.Report;
import org.confide.domain.report.StaffEntry;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.RiskReason;
import org.confide.domain.safeguarding.SafeguardingPolicy;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.team.TeamAccess;

/**
 * What receiving a new report is, whoever brings it: a reporter's own submission ({@link
 * SubmitReportService}) and a report an adviser enters for someone who told them ({@link
 * EnterReportService}). The answers are read against the questionnaire version given with the one
 * set of intake checks; then the risk is assessed, the report stored, routed to its team, its
 * pattern keys recorded, an urgent one escalated at once, the team (and for an urgent one every
 * safeguarding lead) told, and the trend count added, in that order, in the caller's transaction.
 */
public final class Reception {

  /** How many references, or access codes, are drawn before giving up. */
  static final int ATTEMPTS = 8;

  private final Auditor auditor;
  private final Patterns patterns;
  private final Settings settings;
  private final Questionnaires questionnaires;
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
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the two ways a
   * report arrives.
   *
   * @param auditor records the automatic escalation of an urgent report
   * @param patterns stores reports' pattern keys and finds the alerts they make
   * @param settings the settings in force: calendar, targets and emergency contacts
   * @param questionnaires every questionnaire version, so answers are read against the one they
   *     answer
   * @param reports the reports, with the digest of their access code
   * @param random the source of codes and escalation ids
   * @param escalations the safeguarding escalations
   * @param trendFacts the anonymous facts trends are counted from
   * @param secrets the keyed digests under the server secret
   * @param clock the time a report arrives at
   * @param policy turns answers into a risk assessment
   * @param teams the routing, which sends a new report to its team's queue
   * @param notifier tells the advisers of a new report, and the safeguarding leads of an urgent one
   * @param reporterIndex keeps the key of a named reporter's email address, for subject access
   */
  public Reception(
      Auditor auditor,
      Patterns patterns,
      Settings settings,
      Questionnaires questionnaires,
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
    this.settings = Objects.requireNonNull(settings, "settings");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.random = Objects.requireNonNull(random, "random");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.trendFacts = Objects.requireNonNull(trendFacts, "trendFacts");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.teams = Objects.requireNonNull(teams, "teams");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.reporterIndex = Objects.requireNonNull(reporterIndex, "reporterIndex");
  }

  /**
   * What passed the intake checks, with the settings and the time it was read at.
   *
   * @param settings the settings in force
   * @param questionnaire the version answered
   * @param intake the checked draft
   * @param now when it arrived
   */
  record Checked(
      ServiceSettings settings, Questionnaire questionnaire, Intake.Checked intake, Instant now) {}

  /**
   * A report received.
   *
   * @param report the report as stored
   * @param accessCode the code issued, only for an anonymous reporter's own report with messaging
   * @param taken whether the report went straight to the adviser who entered it
   * @param emergency the emergency contacts, when the answers say someone is in danger now
   * @param responseDueBy when the team's response is due
   */
  record Received(
      Report report,
      Optional<AccessCode> accessCode,
      boolean taken,
      Optional<List<EmergencyContact>> emergency,
      Instant responseDueBy) {}

  /**
   * Reads {@code draft} against questionnaire {@code version} with the intake checks: the checked
   * draft, or every problem at once, {@code more} (the caller's own) among them.
   */
  Outcome<Checked, Failure.Invalid> check(
      QuestionnaireVersion version, Intake.Draft draft, List<FieldProblem> more) {
    var now = clock.instant();
    var settings = this.settings.current();
    // Only a version in use, or once in use, may be answered: one still being prepared, or waiting
    // for a safeguarding lead to confirm the signals it drops, must never receive a report.
    var questionnaire = questionnaires.answerable(version);
    if (questionnaire.isEmpty()) {
      return Outcome.failed(
          Failure.Invalid.of(
              "questionnaireVersion", ProblemCode.RELOAD_VERSION, version.toString()));
    }
    var today = LocalDate.ofInstant(now, settings.calendar().zone());
    var problems = new ArrayList<FieldProblem>();
    var checked =
        switch (Intake.check(questionnaire.get(), draft, today)) {
          case Intake.Result.Accepted accepted -> Optional.of(accepted.checked());
          case Intake.Result.Refused refused -> {
            problems.addAll(refused.problems());
            yield Optional.<Intake.Checked>empty();
          }
        };
    problems.addAll(more);
    if (!problems.isEmpty()) {
      return Outcome.failed(new Failure.Invalid(problems));
    }
    return Outcome.done(new Checked(settings, questionnaire.get(), checked.orElseThrow(), now));
  }

  /**
   * Receives a checked report under {@code reference}, in the caller's transaction.
   *
   * @param checked what passed the intake checks
   * @param reference the reference drawn for it
   * @param entry for a report entered by staff: how it reached them, and who entered it
   * @param taker the adviser who takes it at once, if they may work cases of its team
   * @throws ReferenceTaken if the reference is taken: undo the transaction and try another
   */
  Received receive(
      Checked checked,
      ReportReference reference,
      Optional<StaffEntry> entry,
      Optional<StaffMember> taker) {
    var now = checked.now();
    var intake = checked.intake();
    var assessment =
        policy.assess(
            checked.questionnaire(), intake.answers(), intake.account().map(Account::text));
    var submission = intake.submission(reference, now, assessment.level());
    var report = Report.submit(entry.map(submission::enteredBy).orElse(submission));
    var team = teams.routing().teamFor(report.answers());
    var takenBy =
        taker.filter(staff -> TeamAccess.mayWorkCasesOf(staff, team, teams.teamsOf(staff.id())));
    if (takenBy.isPresent()
        && report.assignTo(takenBy.get().id()) instanceof Report.Change.Changed assigned) {
      report = assigned.report();
    }
    var code = added(report);
    team.ifPresent(chosen -> teams.place(reference, chosen));
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
          AuditDetail.of(AuditDetailCode.AUTOMATIC, List.copyOf(assessment.reasons())));
      // Every lead at once: a child at risk or someone in danger now cannot wait for the next
      // sign-in. The email names the reference only, never the reasons.
      notifier.tellEvery(
          NotificationKind.URGENT_ESCALATION, Role.SAFEGUARDING_LEAD, reference, Optional.empty());
    }
    if (takenBy.isEmpty()) {
      // A case the adviser who entered it took is theirs already: the queue need not hear of it.
      notifier.tellQueue(NotificationKind.NEW_REPORT, team, reference, Optional.empty());
    }
    // Last, just before the commit: reports alike in every fact add to the same trend count, so
    // this is the write most likely to wait for another submission's transaction to end.
    trendFacts.record(ReportFacts.of(report, checked.settings().calendar().zone()));
    var emergency =
        assessment.showsImmediateDanger()
            ? Optional.of(checked.settings().emergencyContacts().inForce())
            : Optional.<List<EmergencyContact>>empty();
    return new Received(
        report,
        code,
        takenBy.isPresent(),
        emergency,
        checked.settings().targets().responseDue(now));
  }

  /**
   * What a report received earlier is told again when the request that made it is sent again: the
   * emergency contacts, when its answers say someone is in danger now, and when the team's response
   * is due. Nothing is written.
   *
   * @param report the report the first request made
   * @param taker the adviser who sent the request again, for a report entered by staff
   * @return the report as received, with no access code
   */
  Received again(Report report, Optional<StaffMember> taker) {
    var settings = this.settings.current();
    var emergency =
        questionnaires
            .find(report.questionnaireVersion())
            .filter(q -> policy.showsImmediateDanger(q, report.answers()))
            .map(q -> settings.emergencyContacts().inForce());
    var taken = taker.isPresent() && report.assignee().filter(taker.get().id()::equals).isPresent();
    return new Received(
        report,
        Optional.empty(),
        taken,
        emergency,
        settings.targets().responseDue(report.receivedAt()));
  }

  /** What was sent, as the intake checks read it, whoever sent it. */
  static Intake.Draft draft(
      Map<String, RawAnswer> answers,
      Optional<String> account,
      boolean anonymous,
      Optional<ContactInput> contact,
      boolean messaging,
      Optional<SupportInput> support) {
    var wanted = support.filter(SupportInput::wanted);
    return new Intake.Draft(
        answers,
        account,
        anonymous,
        contact.isPresent(),
        contact.map(ContactInput::name).orElse(null),
        contact.map(ContactInput::email).orElse(null),
        contact.map(ContactInput::phone).orElse(null),
        messaging,
        wanted.isPresent(),
        wanted.flatMap(SupportInput::adviserPreference));
  }

  /**
   * Stores a new report with a fresh access code when it has messaging. A code whose digest opens
   * another report already (a draw of 80 random bits, so only ever in a test) is drawn again; a
   * reference taken already undoes the transaction, to be tried with another.
   */
  private Optional<AccessCode> added(Report report) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
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
    throw new IllegalStateException("no free access code after " + ATTEMPTS + " tries");
  }

  /**
   * The reference drawn for a report is taken already: the transaction is undone and tried anew.
   */
  static final class ReferenceTaken extends RuntimeException {
    ReferenceTaken() {
      super("the report reference drawn is taken", null, false, false);
    }
  }
}
