package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.in.CaseActionFailure;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Escalations;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.safeguarding.EscalationDecider;
import org.confide.domain.safeguarding.EscalationDecision;
import org.confide.domain.safeguarding.Rationale;
import org.confide.domain.safeguarding.ReferralBody;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.staff.Permission;

/** Lets safeguarding leads decide escalations, each decision with its written rationale. */
public final class DecideEscalationService implements DecideEscalationUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Escalations escalations;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param escalations the safeguarding escalations
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public DecideEscalationService(Gate gate, Auditor auditor, Escalations escalations, Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Outcome.Ok, CaseActionFailure> decide(SessionToken session, Command command) {
    var decision = command.decision();
    return gate.asStaff(
        session,
        Permission.DECIDE_ESCALATIONS,
        CaseActionFailure::from,
        staff -> {
          var escalation = escalations.find(command.escalation());
          if (escalation.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var rationale =
              switch (decision) {
                case Decision.Acknowledge a -> a.rationale();
                case Decision.Refer r -> r.rationale();
                case Decision.StandDown s -> s.rationale();
              };
          var text = rationale.strip();
          var problem =
              FreeText.problem("rationale", ProblemSubject.RATIONALE, text, Rationale.MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.failed(new Failure.Invalid(List.of(problem.get())));
          }
          var decider = new EscalationDecider(staff.id(), staff.roles());
          var now = clock.instant();
          EscalationDecision outcome;
          AuditAction action;
          switch (decision) {
            case Decision.Acknowledge a -> {
              outcome = escalation.get().acknowledge(decider, now, new Rationale(text));
              action = AuditAction.ESCALATION_ACKNOWLEDGED;
            }
            case Decision.Refer r -> {
              var to = r.referredTo().strip();
              var bodyProblem = FreeText.problem(to, ReferralBody.MAX_LENGTH);
              if (bodyProblem.isPresent() || to.contains("\n")) {
                return Outcome.failed(Failure.Invalid.of("referredTo", ProblemCode.REFERRED_TO));
              }
              outcome =
                  escalation.get().refer(decider, now, new ReferralBody(to), new Rationale(text));
              action = AuditAction.ESCALATION_REFERRED;
            }
            case Decision.StandDown s -> {
              outcome = escalation.get().standDown(decider, now, new Rationale(text));
              action = AuditAction.ESCALATION_STOOD_DOWN;
            }
          }
          return switch (outcome) {
            case EscalationDecision.Decided decided -> {
              escalations.save(decided.escalation());
              auditor.audit(
                  Actor.staff(staff.id()),
                  action,
                  decided.escalation().reference(),
                  AuditDetail.of(AuditDetailCode.ESCALATION_STATE, decided.escalation().status()));
              yield Outcome.ok();
            }
            case EscalationDecision.NotAllowed notAllowed ->
                Outcome.failed(Failure.Refused.of(notAllowed.code()));
          };
        });
  }
}
