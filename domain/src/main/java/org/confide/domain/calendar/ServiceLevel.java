package org.confide.domain.calendar;

import org.confide.domain.shared.Checked;
import org.confide.domain.shared.ProblemCode;

/**
 * The targets an organisation promises, in working days of its {@link WorkingCalendar}: when a
 * reporter's message gets a response, and when a safeguarding escalation is acknowledged by a lead.
 * A target of N working days is met by the end of the Nth working day after the day of arrival; see
 * {@link WorkingCalendar#responseDue(java.time.Instant, int)}.
 *
 * @param responseTargetWorkingDays within how many working days a new report or a reporter's
 *     message gets a response from the case team: 1 to {@value #MAX_RESPONSE_TARGET_WORKING_DAYS}
 * @param escalationAcknowledgementWorkingDays within how many working days of being raised an
 *     escalation is acknowledged by a safeguarding lead: at least 1 and no more than the response
 *     target, since a report serious enough to escalate must never wait longer than an ordinary one
 */
public record ServiceLevel(
    int responseTargetWorkingDays, int escalationAcknowledgementWorkingDays) {

  /** The longest response target accepted: four working weeks. */
  public static final int MAX_RESPONSE_TARGET_WORKING_DAYS = 20;

  /**
   * The level with these targets, or what is wrong, named {@code responseTargetWorkingDays} or
   * {@code escalationAcknowledgementWorkingDays}. Only the first problem is told: the
   * acknowledgement target is checked only against a usable response target.
   *
   * @param responseTargetWorkingDays the response target, as given
   * @param escalationAcknowledgementWorkingDays the acknowledgement target, as given
   * @return the level, or the problem, worded for the administrator
   */
  public static Checked<ServiceLevel> check(
      int responseTargetWorkingDays, int escalationAcknowledgementWorkingDays) {
    if (responseTargetWorkingDays < 1
        || responseTargetWorkingDays > MAX_RESPONSE_TARGET_WORKING_DAYS) {
      return Checked.invalid(
          "responseTargetWorkingDays",
          ProblemCode.RESPONSE_TARGET,
          MAX_RESPONSE_TARGET_WORKING_DAYS);
    }
    if (escalationAcknowledgementWorkingDays < 1
        || escalationAcknowledgementWorkingDays > responseTargetWorkingDays) {
      return Checked.invalid("escalationAcknowledgementWorkingDays", ProblemCode.ACKNOWLEDGEMENT);
    }
    return Checked.valid(
        new ServiceLevel(responseTargetWorkingDays, escalationAcknowledgementWorkingDays));
  }

  /**
   * A service level with these targets. For what an administrator typed, use {@link #check}.
   *
   * @throws IllegalArgumentException if a target is out of its range
   */
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

  /**
   * A response within 3 working days and an escalation acknowledged within 1.
   *
   * @return the level Confide starts with
   */
  public static ServiceLevel standard() {
    return new ServiceLevel(3, 1);
  }

  /**
   * This level with another response target, keeping the acknowledgement target.
   *
   * @param workingDays the new response target, 1 to {@value #MAX_RESPONSE_TARGET_WORKING_DAYS} and
   *     no less than the acknowledgement target
   * @return the new level
   * @throws IllegalArgumentException if the target is out of range or below the acknowledgement
   *     target
   */
  public ServiceLevel withResponseTarget(int workingDays) {
    return new ServiceLevel(workingDays, escalationAcknowledgementWorkingDays);
  }
}
