package org.confide.domain.calendar;

import java.time.LocalDate;

/**
 * The counting behind a {@link WorkingCalendar}'s targets, kept apart from what a calendar holds.
 */
final class WorkingDayCount {

  // Bounds every search for a working day, so that a calendar closed for years fails loudly
  // instead of looping for a very long time.
  private static final int SEARCH_YEARS = 3;

  private WorkingDayCount() {}

  /** The {@code workingDays}th working day after {@code arrival}, which itself never counts. */
  static LocalDate lastDayOfTarget(WorkingCalendar calendar, LocalDate arrival, int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
    }
    LocalDate limit = arrival.plusYears(SEARCH_YEARS);
    LocalDate day = arrival;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (day.isAfter(limit)) {
        throw new IllegalStateException(
            "no "
                + workingDays
                + " working days within "
                + SEARCH_YEARS
                + " years after "
                + arrival
                + "; check the calendar's closures");
      }
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The working days from {@code first} (inclusive) to {@code end} (exclusive). */
  static int between(WorkingCalendar calendar, LocalDate first, LocalDate end) {
    if (!first.isBefore(end)) {
      return 0;
    }
    // Counted arithmetically, not day by day: a case three years overdue is listed as fast as one
    // due tomorrow. Working weekdays, less those in closures, less holidays outside closures.
    int count = weekdaysBetween(calendar, first, end);
    for (var closure : calendar.closures()) {
      var closed = closure.firstDay().isAfter(first) ? closure.firstDay() : first;
      var reopened = closure.lastDay().plusDays(1);
      count -= weekdaysBetween(calendar, closed, reopened.isBefore(end) ? reopened : end);
    }
    for (var holiday : calendar.holidays()) {
      var day = holiday.date();
      if (!day.isBefore(first)
          && day.isBefore(end)
          && calendar.workingWeekdays().contains(day.getDayOfWeek())
          && calendar.closureOn(day).isEmpty()) {
        count--;
      }
    }
    return count;
  }

  // Working weekdays from `from` (inclusive) to `until` (exclusive), holidays and closures aside.
  private static int weekdaysBetween(WorkingCalendar calendar, LocalDate from, LocalDate until) {
    long days = until.toEpochDay() - from.toEpochDay();
    if (days <= 0) {
      return 0;
    }
    var weekdays = calendar.workingWeekdays();
    long weeks = days / 7;
    int count = (int) (weeks * weekdays.size());
    for (var day = from.plusDays(weeks * 7); day.isBefore(until); day = day.plusDays(1)) {
      if (weekdays.contains(day.getDayOfWeek())) {
        count++;
      }
    }
    return count;
  }
}
