package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.shared.ReportReference;

/** A safeguarding lead decides escalations. */
public interface DecideEscalationUseCase {

  /** Records the decision, with its written rationale, on an open escalation. */
  Outcome<Outcome.Ok> decide(SessionToken session, EscalationId id, Decision decision);

  /** Open escalations, oldest first, each with whether its acknowledgement is overdue. */
  Outcome<List<OpenEscalation>> open(SessionToken session);

  /** What a lead decided. */
  sealed interface Decision {
    /** The lead has seen it and is acting. */
    record Acknowledge(String rationale) implements Decision {}

    /** Referred to police, social services or another named body. */
    record Refer(String referredTo, String rationale) implements Decision {}

    /** No referral is needed. */
    record StandDown(String rationale) implements Decision {}
  }

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
