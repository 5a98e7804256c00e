package org.confide.application.service;

import org.confide.application.port.in.RemindUnacknowledgedEscalationsUseCase;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.safeguarding.EscalationStatus;

/** Flags raised escalations past their acknowledgement time, once each, for the leads' list. */
public final class RemindUnacknowledgedEscalationsService
    implements RemindUnacknowledgedEscalationsUseCase {

  private final Context context;
  private final Gate gate;

  public RemindUnacknowledgedEscalationsService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public int remind() {
    var now = gate.now();
    var settings = context.settings().current();
    int reminded = 0;
    for (var escalation : context.escalations().open()) {
      if (escalation.status() != EscalationStatus.RAISED) {
        continue;
      }
      var due =
          settings.calendar().acknowledgementDue(escalation.raisedAt(), settings.serviceLevel());
      if (!escalation.acknowledgementOverdue(now, due)) {
        continue;
      }
      var mark =
          new DeadlineMarks.Mark(
              DeadlineMarks.Kind.ESCALATION_UNACKNOWLEDGED,
              escalation.id().value().toString(),
              escalation.reference(),
              due,
              now);
      boolean fresh =
          context
              .transactions()
              .inTransaction(() -> {
                if (context.deadlineMarks().mark(mark) == DeadlineMarks.MarkOutcome.MARKED) {
                  gate.audit(
                      Actor.system(),
                      AuditAction.ESCALATION_REMINDER,
                      escalation.reference(),
                      "escalation " + escalation.id().value() + " due " + due);
                  return true;
                }
                return false;
              });
      if (fresh) {
        reminded++;
      }
    }
    return reminded;
  }
}
