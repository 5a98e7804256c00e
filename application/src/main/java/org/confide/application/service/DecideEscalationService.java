package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.in.DecideEscalationUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Settings;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.safeguarding.EscalationDecider;
import org.confide.domain.safeguarding.EscalationDecision;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.EscalationTrigger;
import org.confide.domain.safeguarding.Rationale;
import org.confide.domain.safeguarding.ReferralBody;
import org.confide.domain.shared.FreeText;
import org.confide.domain.staff.Permission;

/** Lets safeguarding leads decide escalations, each decision with its written rationale. */
public final class DecideEscalationService implements DecideEscalationUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final Escalations escalations;
  private final Settings settings;
  private final DeadlineMarks deadlineMarks;
  private final Clock clock;

  public DecideEscalationService(
      Gate gate,
      Auditor auditor,
      Escalations escalations,
      Settings settings,
      DeadlineMarks deadlineMarks,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.deadlineMarks = Objects.requireNonNull(deadlineMarks, "deadlineMarks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Outcome.Ok> decide(SessionToken session, EscalationId id, Decision decision) {
    return gate.asStaff(
        session,
        Permission.DECIDE_ESCALATIONS,
        staff -> {
          var escalation = escalations.find(id);
          if (escalation.isEmpty()) {
            return new Outcome.NotFound<>();
          }
          var rationale =
              switch (decision) {
                case Decision.Acknowledge a -> a.rationale();
                case Decision.Refer r -> r.rationale();
                case Decision.StandDown s -> s.rationale();
              };
          var text = rationale == null ? "" : rationale.strip();
          var problem = FreeText.problem(text, Rationale.MAX_LENGTH);
          if (problem.isPresent()) {
            return Outcome.invalid("rationale", "The rationale " + problem.get());
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
              var to = r.referredTo() == null ? "" : r.referredTo().strip();
              var bodyProblem = FreeText.problem(to, ReferralBody.MAX_LENGTH);
              if (bodyProblem.isPresent() || to.contains("\n")) {
                return Outcome.invalid(
                    "referredTo",
                    "Name who it was referred to, on one line (for example the police force)");
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
                  decided.escalation().status().toString());
              yield Outcome.ok();
            }
            case EscalationDecision.NotAllowed notAllowed ->
                new Outcome.Refused<>(notAllowed.why());
          };
        });
  }

  @Override
  public Outcome<List<OpenEscalation>> open(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.DECIDE_ESCALATIONS,
        staff -> {
          var settings = this.settings.current();
          var now = clock.instant();
          return Outcome.done(
              escalations.open().stream()
                  .map(e -> {
                    var due =
                        settings
                            .calendar()
                            .acknowledgementDue(e.raisedAt(), settings.serviceLevel());
                    return new OpenEscalation(
                        e.id(),
                        e.reference(),
                        e.status(),
                        e.raisedAt(),
                        due,
                        e.acknowledgementOverdue(now, due),
                        java.util.Optional.of(
                            switch (e.trigger()) {
                              case EscalationTrigger.Automatic automatic ->
                                  "Automatic: " + String.join("; ", automatic.reasons());
                              case EscalationTrigger.ByHand byHand -> "Raised by hand";
                            }),
                        deadlineMarks.of(e.reference()).stream()
                            .filter(m ->
                                m.kind() == DeadlineMarks.Kind.ESCALATION_UNACKNOWLEDGED
                                    && m.subject().equals(e.id().value().toString()))
                            .map(DeadlineMarks.Mark::markedAt)
                            .findFirst());
                  })
                  .toList());
        });
  }
}
