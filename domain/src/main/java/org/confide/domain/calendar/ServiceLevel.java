package org.confide.domain.calendar;

import org.confide.domain.shared.Checked;

/**
 * The targets an organisation promises, in working days of its {@link WorkingCalendar}: when a
 * reporter's message gets a response, and when a safeguarding escalation is acknowledged by a lead.
 */
public record ServiceLevel(
    int responseTargetWorkingDays, int escalationAcknowledgementWorkingDays) {

  /** The longest response target accepted: four working weeks. */
  public static final int MAX_RESPONSE_TARGET_WORKING_DAYS = 20;

  /**
   * The level with these targets, or what is wrong, named {@code responseTargetWorkingDays} or
   * {@code escalationAcknowledgementWorkingDays}.
   */
  public static Checked<ServiceLevel> check(
      int responseTargetWorkingDays, int escalationAcknowledgementWorkingDays) {
    if (responseTargetWorkingDays < 1
        || responseTargetWorkingDays > MAX_RESPONSE_TARGET_WORKING_DAYS) {
      return Checked.invalid(
          "responseTargetWorkingDays",
          "The response target should be 1 to "
              + MAX_RESPONSE_TARGET_WORKING_DAYS
              + " working days");
    }
    if (escalationAcknowledgementWorkingDays < 1
        || escalationAcknowledgementWorkingDays > responseTargetWorkingDays) {
      return Checked.invalid(
          "escalationAcknowledgementWorkingDays",
          "The acknowledgement time should be at least 1 working day and no more than the"
              + " response target");
    }
    return Checked.valid(
        new ServiceLevel(responseTargetWorkingDays, escalationAcknowledgementWorkingDays));
  }

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
