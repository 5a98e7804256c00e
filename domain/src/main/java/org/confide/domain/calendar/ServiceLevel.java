package org.confide.domain.calendar;

/**
 * The targets an organisation promises, in working days of its {@link WorkingCalendar}: when a
 * reporter's message gets a response, and when a safeguarding escalation is acknowledged by a lead.
 */
public record ServiceLevel(
    int responseTargetWorkingDays, int escalationAcknowledgementWorkingDays) {

  /** The longest response target accepted: four working weeks. */
  public static final int MAX_RESPONSE_TARGET_WORKING_DAYS = 20;

  public ServiceLevel {
    if (responseTargetWorkingDays < 1
        || responseTargetWorkingDays > MAX_RESPONSE_TARGET_WORKING_DAYS) {
      throw new IllegalArgumentException(
          "responseTargetWorkingDays must be between 1 and "
              + MAX_RESPONSE_TARGET_WORKING_DAYS
              + ", was "
              + responseTargetWorkingDays);
    }
    // A report serious enough to be escalated must never wait longer than an ordinary reply.
    if (escalationAcknowledgementWorkingDays < 1
        || escalationAcknowledgementWorkingDays > responseTargetWorkingDays) {
      throw new IllegalArgumentException(
          "escalationAcknowledgementWorkingDays must be between 1 and responseTargetWorkingDays ("
              + responseTargetWorkingDays
              + "), was "
              + escalationAcknowledgementWorkingDays);
    }
  }

  /** A response within 3 working days and an escalation acknowledged within 1. */
  public static ServiceLevel standard() {
    return new ServiceLevel(3, 1);
  }

  /** This level with another response target, keeping the acknowledgement target. */
  public ServiceLevel withResponseTarget(int workingDays) {
    return new ServiceLevel(workingDays, escalationAcknowledgementWorkingDays);
  }
}
