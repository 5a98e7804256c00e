package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.shared.ReportReference;

/** A safeguarding lead looks at the escalations waiting for a decision. */
public interface ListOpenEscalationsUseCase {

  /**
   * Open escalations, oldest first, each with whether its acknowledgement is overdue.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return the escalations not yet referred or stood down, or why not (one of {@link StaffDenial})
   */
  Outcome<List<OpenEscalation>, StaffDenial> list(SessionToken session);

  /**
   * One open escalation in a lead's list.
   *
   * @param id the escalation's id, to decide it by
   * @param reference the case it was raised on
   * @param status raised or acknowledged (referred and stood down ones are closed)
   * @param raisedAt when it was raised
   * @param acknowledgementDueBy when a lead must acknowledge it: the acknowledgement target in
   *     working days from when it was raised, the day raised not counted, in the calendar in force
   *     now
   * @param acknowledgementOverdue whether that time has passed without an acknowledgement
   * @param trigger how it was raised: {@code "Automatic: "} and the policy's reasons, or {@code
   *     "Raised by hand"} (the reason given by hand stays in the case)
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
