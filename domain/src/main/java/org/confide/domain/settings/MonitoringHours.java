package org.confide.domain.settings;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;

/**
 * When someone reads reporters' messages: on which days of the week, and between which times of
 * day, in the zone of the working calendar. Public holidays and closures are never monitored,
 * whatever the hours say.
 *
 * @param days the days of the week messages are read; at least one
 * @param from the time of day reading starts
 * @param to the time of day reading stops, after {@code from}; {@code 00:00} means the end of the
 *     day (midnight), so {@code 00:00} to {@code 00:00} is the whole day
 */
public record MonitoringHours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

  /**
   * The hours; keeps an unmodifiable copy of the days.
   *
   * @throws IllegalArgumentException if there is no day, or {@code to} is not after {@code from}
   * @throws NullPointerException if a component is null
   */
  public MonitoringHours {
    Objects.requireNonNull(days, "days must not be null");
    days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("monitoring needs at least one day");
    }
    if (!endsAfter(from, to)) {
      throw new IllegalArgumentException("monitoring must stop after it starts");
    }
  }

  /**
   * Hours from what an administrator chose, or what is wrong, named {@code days} or {@code to}.
   *
   * @param days the days chosen
   * @param from the time reading starts
   * @param to the time reading stops
   * @return the hours, or every problem found, worded for the administrator
   */
  public static Checked<MonitoringHours> check(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    var problems = new ArrayList<FieldProblem>();
    if (days.isEmpty()) {
      problems.add(FieldProblem.of("days", ProblemCode.MONITORING_DAYS));
    }
    if (!endsAfter(from, to)) {
      problems.add(FieldProblem.of("to", ProblemCode.MONITORING_ORDER));
    }
    return Checked.unless(problems, () -> new MonitoringHours(days, from, to));
  }

  private static boolean endsAfter(LocalTime from, LocalTime to) {
    return to.equals(LocalTime.MIDNIGHT) || to.isAfter(from);
  }

  /**
   * Monday to Friday, 9am to 5pm: office hours, which is when most university teams read messages.
   *
   * @return the hours Confide starts with
   */
  public static MonitoringHours standard() {
    return new MonitoringHours(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));
  }

  /**
   * Whether {@code moment}, a local date and time in the calendar's zone, falls within these hours.
   *
   * @param moment the local date and time
   * @return true when its day is one of {@link #days} and its time is from {@link #from} up to, not
   *     including, {@link #to}
   */
  public boolean covers(LocalDateTime moment) {
    var time = moment.toLocalTime();
    return days.contains(moment.getDayOfWeek())
        && !time.isBefore(from)
        && (to.equals(LocalTime.MIDNIGHT) || time.isBefore(to));
  }

  /**
   * The hours in plain words, as reporters read them: {@code Monday to Friday, 9am to 5pm}.
   *
   * @return the days (a run of days as a range, others listed) and the times
   */
  public String inWords() {
    return dayWords() + ", " + timeWords();
  }

  private String dayWords() {
    var sorted = EnumSet.copyOf(days);
    if (sorted.size() == 7) {
      return "every day";
    }
    var first = sorted.iterator().next();
    var last = first;
    for (var day : sorted) {
      last = day;
    }
    if (sorted.size() > 2 && sorted.equals(EnumSet.range(first, last))) {
      return name(first) + " to " + name(last);
    }
    var names = sorted.stream().map(MonitoringHours::name).toList();
    if (names.size() == 1) {
      return names.getFirst();
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
  }

  private String timeWords() {
    if (from.equals(LocalTime.MIDNIGHT) && to.equals(LocalTime.MIDNIGHT)) {
      return "all day";
    }
    return time(from) + " to " + time(to);
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.UK);
  }

  private static String time(LocalTime time) {
    if (time.equals(LocalTime.MIDNIGHT)) {
      return "midnight";
    }
    if (time.equals(LocalTime.NOON)) {
      return "midday";
    }
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    var minutes = time.getMinute() == 0 ? "" : String.format(Locale.UK, ":%02d", time.getMinute());
    return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
  }
}
