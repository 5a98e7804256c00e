package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.port.in.EscalateCaseFailure;
import org.confide.application.port.in.EscalateCaseUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Escalations;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.Rationale;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.staff.Permission;

/** Raises escalations by hand, for the safeguarding leads. */
public final class EscalateCaseService implements EscalateCaseUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final Escalations escalations;
  private final RandomGenerator random;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param escalations the safeguarding escalations
   * @param random the source of references, codes and ids
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public EscalateCaseService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      Escalations escalations,
      RandomGenerator random,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<EscalationId, EscalateCaseFailure> escalate(
      SessionToken session, Command command) {
    var reference = command.reference();
    var text = command.reason().strip();
    return gate.asStaffChanging(
        session,
        Permission.WORK_CASES,
        EscalateCaseFailure::from,
        (staff, updates) -> {
          var report = caseAccess.find(staff, reference);
          if (report.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          if (!staff.may(Permission.RAISE_ESCALATION)) {
            return Outcome.failed(new Failure.Forbidden());
          }
          var problem =
              FreeText.problem("reason", ProblemSubject.REASON, text, Rationale.MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.failed(new Failure.Invalid(List.of(problem.get())));
          }
          var escalation =
              Escalation.raiseByHand(
                  EscalationId.generate(random),
                  reference,
                  staff.id(),
                  clock.instant(),
                  new Rationale(text));
          escalations.save(escalation);
          var raised = report.get().withRiskAtLeast(RiskLevel.CONCERN);
          if (!raised.equals(report.get())) {
            updates.update(raised);
          }
          auditor.audit(
              Actor.staff(staff.id()),
              AuditAction.ESCALATION_RAISED,
              reference,
              AuditDetail.of(AuditDetailCode.BY_HAND));
          return Outcome.done(escalation.id());
        });
  }
}
