package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.CaseChangeFailure;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.analytics.ClosingFact;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.outcome.CaseOutcome;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/**
 * Opens, closes and reopens cases, keeping the reason as an internal note and, on closing, the
 * outcome and tags; a closing is counted for trends by outcome, and the count taken back when the
 * case reopens.
 */
public final class ChangeCaseStatusService implements ChangeCaseStatusUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final CaseChanges changes;
  private final Outcomes outcomes;
  private final TrendFacts trendFacts;
  private final Settings settings;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param changes writes a change to a case, and an internal note, alike for every case use case
   * @param outcomes the lists of outcomes and tags, and how each closed case ended
   * @param trendFacts the counts trends read, closings by month and outcome among them
   * @param settings the settings in force, for the time zone a closing's month is taken in
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public ChangeCaseStatusService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      CaseChanges changes,
      Outcomes outcomes,
      TrendFacts trendFacts,
      Settings settings,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    this.trendFacts = Objects.requireNonNull(trendFacts, "trendFacts");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Outcome.Ok, CaseChangeFailure> change(SessionToken session, Command command) {
    var reference = command.reference();
    var status = command.status();
    var text = command.reason().strip();
    return gate.asStaffChanging(
        session,
        Permission.WORK_CASES,
        CaseChangeFailure::from,
        (staff, updates) -> {
          var report = caseAccess.find(staff, reference);
          if (report.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var problems = new java.util.ArrayList<FieldProblem>();
          CaseChanges.reasonProblem(text).ifPresent(p -> problems.addAll(p.problems()));
          var change = report.get().moveTo(status, clock.instant());
          var closing = status == ReportStatus.CLOSED && change instanceof Report.Change.Changed;
          Optional<CaseOutcome> outcome =
              closing ? closingOutcome(command).collect(problems) : Optional.empty();
          if (status != ReportStatus.CLOSED
              && (command.outcome().isPresent() || !command.tags().isEmpty())) {
            problems.add(
                FieldProblem.of(
                    command.outcome().isPresent() ? "outcome" : "tags",
                    ProblemCode.ONLY_WHEN_CLOSING));
          }
          if (!problems.isEmpty()) {
            return Outcome.failed(new Failure.Invalid(problems));
          }
          if (change instanceof Report.Change.Changed changed) {
            // Written before the report, whose update may find it changed meanwhile and undo all.
            count(report.get(), changed.report(), outcome);
            outcome.ifPresentOrElse(
                chosen -> outcomes.record(reference, chosen), () -> outcomes.clear(reference));
          }
          Outcome<Outcome.Ok, CaseChangeFailure> result =
              changes.apply(staff, updates, change, AuditAction.STATUS_CHANGED, refused -> refused);
          result.ifDone(ok -> {
            outcome.ifPresent(chosen ->
                auditor.audit(
                    Actor.staff(staff.id()),
                    AuditAction.OUTCOME_RECORDED,
                    reference,
                    describe(chosen)));
            // The reason may say something about the people involved, so it is kept as an
            // encrypted note rather than in the audit trail.
            changes.addNote(staff, reference, CaseFiles.statusNote(status, text));
          });
          return result;
        });
  }

  /**
   * Counts a closing for trends by outcome, or takes back the count of the closing a reopened case
   * had (read before it is forgotten), each in the month of closing in the organisation's zone.
   */
  private void count(Report before, Report after, Optional<CaseOutcome> outcome) {
    var zone = settings.current().calendar().zone();
    if (before.closedAt().isPresent() && after.closedAt().isEmpty()) {
      var had = outcomes.of(before.reference()).flatMap(CaseOutcome::outcome);
      trendFacts.takeBackClosing(ClosingFact.of(before.closedAt().get(), zone, had));
    }
    if (after.closedAt().isPresent() && outcome.isPresent()) {
      trendFacts.recordClosing(
          ClosingFact.of(after.closedAt().get(), zone, outcome.get().outcome()));
    }
  }

  private Checked<CaseOutcome> closingOutcome(Command command) {
    return CaseOutcome.check(
        ClosingChoicesService.inForce(outcomes, ChoiceList.OUTCOMES),
        ClosingChoicesService.inForce(outcomes, ChoiceList.TAGS),
        command.outcome(),
        command.tags());
  }

  private static AuditDetail describe(CaseOutcome outcome) {
    List<String> tags = outcome.tags().stream().map(ChoiceKey::value).toList();
    return outcome
        .outcome()
        .map(key ->
            tags.isEmpty()
                ? AuditDetail.of(AuditDetailCode.OUTCOME, key.value())
                : AuditDetail.of(AuditDetailCode.OUTCOME_TAGS, key.value(), tags))
        .orElseGet(() ->
            tags.isEmpty()
                ? AuditDetail.of(AuditDetailCode.NO_OUTCOME)
                : AuditDetail.of(AuditDetailCode.NO_OUTCOME_TAGS, tags));
  }
}
