package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;

/** An adviser looks at their work. */
public interface ListCasesUseCase {

  /** The cases in one view that the session's holder may read, oldest first. */
  Outcome<List<CaseSummary>> list(SessionToken session, View view);

  /** The views of the case list. */
  enum View {
    /** Unassigned and not closed. */
    QUEUE,
    /** Assigned to me and not closed. */
    MINE,
    /** Readable by me, with reporter messages no one on the team has read. */
    UNREAD,
    /** Readable by me, waiting for the team longer than the response target. */
    OVERDUE,
    /** Readable by me, with an open escalation. */
    ESCALATED
  }

  /**
   * One row of the case list.
   *
   * @param assignee the assigned adviser's email, if any
   * @param responseDueBy when the team's response is due, if one is awaited
   * @param overdueWorkingDays whole working days past the due time; 0 when not overdue
   * @param workingDaysLeft whole working days from now until the due time; 0 when overdue or when
   *     no response is awaited
   */
  record CaseSummary(
      ReportReference reference,
      Instant receivedAt,
      ReportStatus status,
      boolean anonymous,
      Optional<String> assignee,
      int unreadMessages,
      Optional<Instant> responseDueBy,
      boolean overdue,
      int overdueWorkingDays,
      int workingDaysLeft,
      RiskLevel risk,
      boolean escalated) {
    public CaseSummary {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(assignee, "assignee must be Optional, not null");
      Objects.requireNonNull(responseDueBy, "response due by must be Optional, not null");
    }
  }
}
