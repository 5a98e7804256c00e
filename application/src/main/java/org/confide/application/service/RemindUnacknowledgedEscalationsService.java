package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.RemindUnacknowledgedEscalationsUseCase;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.Transactions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.staff.Role;

/** Flags raised escalations past their acknowledgement time, once each, for the leads' list. */
public final class RemindUnacknowledgedEscalationsService
    implements RemindUnacknowledgedEscalationsUseCase {

  private final Auditor auditor;
  private final Settings settings;
  private final Escalations escalations;
  private final Transactions transactions;
  private final DeadlineMarks deadlineMarks;
  private final Clock clock;
  private final Notifier notifier;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param escalations the safeguarding escalations
   * @param transactions joins the writes of one run in one transaction
   * @param deadlineMarks the missed deadlines already marked, so each is marked once
   * @param clock the time read for due dates, expiry and the audit trail
   * @param notifier tells every active safeguarding lead again
   */
  public RemindUnacknowledgedEscalationsService(
      Auditor auditor,
      Settings settings,
      Escalations escalations,
      Transactions transactions,
      DeadlineMarks deadlineMarks,
      Clock clock,
      Notifier notifier) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.deadlineMarks = Objects.requireNonNull(deadlineMarks, "deadlineMarks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
  }

  @Override
  public int remind() {
    var now = clock.instant();
    var settings = this.settings.current();
    int reminded = 0;
    for (var escalation : escalations.open()) {
      if (escalation.status() != EscalationStatus.RAISED) {
        continue;
      }
      var due = settings.targets().acknowledgementDue(escalation.raisedAt());
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
          transactions.inTransaction(() -> {
            if (deadlineMarks.mark(mark) == DeadlineMarks.MarkOutcome.MARKED) {
              auditor.audit(
                  Actor.system(),
                  AuditAction.ESCALATION_REMINDER,
                  escalation.reference(),
                  AuditDetail.of(
                      AuditDetailCode.ESCALATION_DUE,
                      escalation.id().value().toString(),
                      due.toString()));
              notifier.tellEvery(
                  NotificationKind.ESCALATION_REMINDER,
                  Role.SAFEGUARDING_LEAD,
                  escalation.reference(),
                  Optional.empty());
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
