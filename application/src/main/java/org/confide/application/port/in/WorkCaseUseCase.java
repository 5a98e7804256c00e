package org.confide.application.port.in;

import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.ReportReference;

/** An adviser works a case: assigns it, changes its status, replies, notes, escalates. */
public interface WorkCaseUseCase {

  /** Assigns the case to the staff member with this email (who must be able to work cases). */
  Outcome<Outcome.Ok> assign(SessionToken session, ReportReference reference, String assigneeEmail);

  /** Changes the case's status, with a reason kept in the audit trail. */
  Outcome<Outcome.Ok> changeStatus(
      SessionToken session, ReportReference reference, ReportStatus status, String reason);

  /** Replies to the reporter in the case's thread. */
  Outcome<ThreadView.MessageView> reply(
      SessionToken session, ReportReference reference, String body);

  /** Adds an internal note, which the reporter can never see. */
  Outcome<Outcome.Ok> addNote(SessionToken session, ReportReference reference, String body);

  /** Raises an escalation by hand, with the reason. */
  Outcome<org.confide.domain.safeguarding.EscalationId> escalate(
      SessionToken session, ReportReference reference, String reason);
}
