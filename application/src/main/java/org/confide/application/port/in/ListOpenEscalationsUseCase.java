package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.shared.ReportReference;

/** A safeguarding lead looks at the escalations waiting for a decision. */
public interface ListOpenEscalationsUseCase {

  /** Open escalations, oldest first, each with whether its acknowledgement is overdue. */
  Outcome<List<OpenEscalation>, StaffDenial> list(SessionToken session);

  /**
   * One open escalation in a lead's list.
   *
   * @param reminderAt when the reminder job noticed it unacknowledged past its due time, if it did
   */
  record OpenEscalation(
      EscalationId id,
      ReportReference reference,
      EscalationStatus status,
      Instant raisedAt,
      Instant acknowledgementDueBy,
      boolean acknowledgementOverdue,
      Optional<String> trigger,
      Optional<Instant> reminderAt) {}
}
