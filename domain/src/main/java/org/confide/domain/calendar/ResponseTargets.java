package org.confide.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A service level's targets counted on a working calendar: when a response or an acknowledgement is
 * due, and which arrivals are overdue now. Every due instant is the end of a working day, as {@link
 * WorkingCalendar#responseDue(Instant, int)} explains.
 *
 * <p>Targets answer from the calendar they hold: built from today's settings, they may put a due
 * date a day later than one worked out before a holiday was added.
 *
 * @param calendar the days that count
 * @param level the targets, in working days
 */
public record ResponseTargets(WorkingCalendar calendar, ServiceLevel level) {

  /**
   * The targets of {@code level} on {@code calendar}.
   *
   * @throws NullPointerException if either is null
   */
  public ResponseTargets {
    Objects.requireNonNull(calendar, "calendar must not be null");
    Objects.requireNonNull(level, "level must not be null");
  }

  /**
   * The last working day of the response target for a message or report that arrived at {@code
   * received}.
   *
   * @param received when the message or report arrived
   * @return the day by whose end the response is due, in the calendar's zone
   * @throws IllegalStateException if the calendar has no such working day within three years
   */
  public LocalDate responseDueDate(Instant received) {
    return calendar.responseDueDate(received, level.responseTargetWorkingDays());
  }

  /**
   * When the response target for a message or report that arrived at {@code received} runs out.
   *
   * @param received when the message or report arrived
   * @return the local midnight that ends the last working day of the target: a response at or after
   *     it is late
   * @throws IllegalStateException if the calendar has no such working day within three years
   */
  public Instant responseDue(Instant received) {
    return calendar.responseDue(received, level.responseTargetWorkingDays());
  }

  /**
   * When a lead must have acknowledged an escalation raised at {@code raised}: counted like {@link
   * #responseDue(Instant)}, with the acknowledgement target, so the day it was raised never counts.
   *
   * @param raised when the escalation was raised
   * @return the local midnight that ends the last working day of the target
   * @throws IllegalStateException if the calendar has no such working day within three years
   */
  public Instant acknowledgementDue(Instant raised) {
    return calendar.responseDue(raised, level.escalationAcknowledgementWorkingDays());
  }

  /**
   * The instant that divides arrivals by whether their response is due at {@code now}: the response
   * to a message received at {@code received} is due at or before {@code now} (overdue) exactly
   * when {@code received} is before the instant returned. One instant divides them because a later
   * arrival is never due earlier. Lets a store select overdue cases by arrival time alone.
   *
   * @param now the current instant
   * @return a local midnight: arrivals strictly before it are overdue at {@code now}
   * @throws IllegalStateException if the calendar has no working day within three years of an
   *     arrival it walks through
   */
  public Instant overdueIfReceivedBefore(Instant now) {
    Objects.requireNonNull(now, "now must not be null");
    // Due at the end of the due date, so due by now exactly when the due date is before today;
    // walk back from yesterday to the latest arrival day whose due date is before today.
    LocalDate today = calendar.dayOf(now);
    LocalDate arrival = today.minusDays(1);
    while (!responseDueDate(calendar.startOf(arrival)).isBefore(today)) {
      arrival = arrival.minusDays(1);
    }
    return calendar.endOf(arrival);
  }
}
