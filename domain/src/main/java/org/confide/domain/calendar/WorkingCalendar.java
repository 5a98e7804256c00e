package org.confide.domain.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;

/**
 * When the case team works and when the service is monitored: working weekdays, the time zone in
 * which days begin and end, public holidays, and closure periods with the notice shown to
 * reporters.
 *
 * <p>A working day is a working weekday that is neither a public holiday nor inside a closure. A
 * target of N working days after an arrival ends at the <em>end</em> of the Nth working day after
 * the arrival day; the end of a day is the start of the next calendar day in the calendar's zone,
 * so a due instant is always a local midnight, whatever the daylight-saving offset.
 *
 * <p>The service is monitored at every instant outside a closure, weekends and holidays included:
 * staff may read reports then, they just don't count towards targets, whereas a closure is a
 * promise to reporters that nobody is reading.
 *
 * <p>A calendar answers from what it holds now: a due date worked out after a holiday was added may
 * differ from one worked out before it for the same arrival.
 *
 * @param workingWeekdays the days of the week the case team works, at least one; held as an
 *     unmodifiable set
 * @param zone the time zone in which days begin and end, and so in which due instants fall
 * @param holidays the public holidays, at most one on any date; held sorted by date
 * @param closures the closure periods, none overlapping another; held sorted by first day
 */
public record WorkingCalendar(
    Set<DayOfWeek> workingWeekdays,
    ZoneId zone,
    List<PublicHoliday> holidays,
    List<ClosurePeriod> closures) {

  /** The zone of {@link #standard()}. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /**
   * The calendar of these days, zone, holidays and closures, each already checked, or what is wrong
   * between them: no working day ({@code workingWeekdays}), two holidays on one date ({@code
   * holidays}), or closures that overlap ({@code closures}).
   *
   * @param workingWeekdays the days of the week the case team works
   * @param zone the time zone in which days begin and end
   * @param holidays the holidays, each already checked, in any order
   * @param closures the closures, each already checked, in any order
   * @return the calendar, or every problem found, worded for the administrator
   */
  public static Checked<WorkingCalendar> check(
      Set<DayOfWeek> workingWeekdays,
      ZoneId zone,
      Collection<PublicHoliday> holidays,
      Collection<ClosurePeriod> closures) {
    var problems = new ArrayList<FieldProblem>();
    if (workingWeekdays.isEmpty()) {
      problems.add(FieldProblem.of("workingWeekdays", ProblemCode.WORKING_DAYS));
    }
    if (holidays.stream().map(PublicHoliday::date).distinct().count() < holidays.size()) {
      problems.add(FieldProblem.of("holidays", ProblemCode.HOLIDAYS_SAME_DATE));
    }
    var sorted = closures.stream().sorted(Comparator.comparing(ClosurePeriod::firstDay)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        problems.add(FieldProblem.of("closures", ProblemCode.CLOSURES_OVERLAP));
        break;
      }
    }
    return Checked.unless(
        problems,
        () ->
            new WorkingCalendar(
                workingWeekdays, zone, List.copyOf(holidays), List.copyOf(closures)));
  }

  /**
   * A calendar; copies the weekdays, and sorts copies of the holidays and closures.
   *
   * @throws IllegalArgumentException if there is no working weekday, two holidays share a date, or
   *     two closures overlap
   * @throws NullPointerException if a component, a holiday or a closure is null
   */
  public WorkingCalendar {
    Objects.requireNonNull(workingWeekdays, "workingWeekdays must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(holidays, "holidays must not be null");
    Objects.requireNonNull(closures, "closures must not be null");
    if (workingWeekdays.isEmpty()) {
      throw new IllegalArgumentException("workingWeekdays must include at least one day");
    }
    workingWeekdays = Collections.unmodifiableSet(EnumSet.copyOf(workingWeekdays));
    holidays = sortedCopy(holidays, Comparator.comparing(PublicHoliday::date), "holidays");
    closures = sortedCopy(closures, Comparator.comparing(ClosurePeriod::firstDay), "closures");
    for (int i = 1; i < holidays.size(); i++) {
      if (holidays.get(i).date().equals(holidays.get(i - 1).date())) {
        throw new IllegalArgumentException(
            "holidays must have distinct dates, " + holidays.get(i).date() + " appears twice");
      }
    }
    for (int i = 1; i < closures.size(); i++) {
      ClosurePeriod earlier = closures.get(i - 1);
      ClosurePeriod later = closures.get(i);
      if (earlier.overlaps(later)) {
        throw new IllegalArgumentException(
            "closures must not overlap, "
                + earlier.firstDay()
                + " to "
                + earlier.lastDay()
                + " overlaps "
                + later.firstDay()
                + " to "
                + later.lastDay());
      }
    }
  }

  /**
   * Monday to Friday in Europe/London, with no holidays and no closures.
   *
   * @return the calendar Confide starts with
   */
  public static WorkingCalendar standard() {
    return new WorkingCalendar(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LONDON, List.of(), List.of());
  }

  /**
   * A copy working on {@code days} instead.
   *
   * @param days the new working weekdays, at least one
   * @return the new calendar
   * @throws IllegalArgumentException if {@code days} is empty
   */
  public WorkingCalendar withWorkingWeekdays(Set<DayOfWeek> days) {
    return new WorkingCalendar(days, zone, holidays, closures);
  }

  /**
   * A copy whose days begin and end in {@code newZone}.
   *
   * @param newZone the new time zone
   * @return the new calendar
   */
  public WorkingCalendar withZone(ZoneId newZone) {
    return new WorkingCalendar(workingWeekdays, newZone, holidays, closures);
  }

  /**
   * A copy with exactly these holidays.
   *
   * @param newHolidays the holidays, in any order, at most one on any date
   * @return the new calendar
   * @throws IllegalArgumentException if two holidays share a date
   */
  public WorkingCalendar withHolidays(Collection<PublicHoliday> newHolidays) {
    return new WorkingCalendar(workingWeekdays, zone, new ArrayList<>(newHolidays), closures);
  }

  /**
   * A copy with {@code holiday} added to the existing ones.
   *
   * @param holiday the holiday to add
   * @return the new calendar
   * @throws IllegalArgumentException if there is a holiday on that date already
   */
  public WorkingCalendar withHoliday(PublicHoliday holiday) {
    return withHolidays(appended(holidays, holiday));
  }

  /**
   * A copy with exactly these closures; they must not overlap.
   *
   * @param newClosures the closures, in any order
   * @return the new calendar
   * @throws IllegalArgumentException if two closures overlap
   */
  public WorkingCalendar withClosures(Collection<ClosurePeriod> newClosures) {
    return new WorkingCalendar(workingWeekdays, zone, holidays, new ArrayList<>(newClosures));
  }

  /**
   * A copy with {@code closure} added to the existing ones; it must not overlap any of them.
   *
   * @param closure the closure to add
   * @return the new calendar
   * @throws IllegalArgumentException if it overlaps a closure already there
   */
  public WorkingCalendar withClosure(ClosurePeriod closure) {
    return withClosures(appended(closures, closure));
  }

  /**
   * Whether {@code day} is a working weekday that is neither a holiday nor inside a closure.
   *
   * @param day a calendar day
   * @return true if it counts towards a target
   */
  public boolean isWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day must not be null");
    return workingWeekdays.contains(day.getDayOfWeek())
        && holidays.stream().noneMatch(holiday -> holiday.date().equals(day))
        && closureOn(day).isEmpty();
  }

  /**
   * The calendar day on which {@code instant} falls in this calendar's zone.
   *
   * @param instant a moment
   * @return its local date in {@link #zone()}
   */
  public LocalDate dayOf(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    return instant.atZone(zone).toLocalDate();
  }

  /**
   * The last working day of a target of {@code workingDays} for a message that arrived at {@code
   * received}: the arrival day never counts, so counting starts on the next working day.
   *
   * <p>For example, on the standard calendar a message that arrives at any time on a Monday is due
   * by the end of Thursday with a target of 3; one that arrives on a Saturday, by the end of
   * Wednesday.
   *
   * @param received when the message or report arrived
   * @param workingDays the target, at least 1
   * @return the day by whose end the response is due, in this calendar's zone
   * @throws IllegalArgumentException if {@code workingDays} is less than 1
   * @throws IllegalStateException if the calendar has no such working day within three years
   */
  public LocalDate responseDueDate(Instant received, int workingDays) {
    return WorkingDayCount.lastDayOfTarget(this, dayOf(received), workingDays);
  }

  /**
   * When a target of {@code workingDays} for a message that arrived at {@code received} runs out:
   * the end of {@link #responseDueDate(Instant, int) the last working day}, that is the start of
   * the next calendar day in this calendar's zone.
   *
   * <p>So a response due by the end of Thursday in London is due at Friday 00:00 London time
   * (Thursday 23:00 UTC in summer). To show it to a person, show the day before the local date of
   * this instant, or {@link #responseDueDate(Instant, int)} itself.
   *
   * @param received when the message or report arrived
   * @param workingDays the target, at least 1
   * @return the instant the target runs out: a response at or after it is late
   * @throws IllegalArgumentException if {@code workingDays} is less than 1
   * @throws IllegalStateException if the calendar has no such working day within three years
   */
  public Instant responseDue(Instant received, int workingDays) {
    return endOf(responseDueDate(received, workingDays));
  }

  /**
   * How many whole working days lie between {@code from} and {@code to}: days that are working days
   * and that start at or after {@code from} and end at or before {@code to}; zero when {@code to}
   * is not after {@code from}. Given a due instant and the current instant, it is how many working
   * days overdue a response is.
   *
   * <p>Zero therefore means either that {@code to} is not after {@code from}, or that no whole
   * working day lies between them (such as from a due instant to later the same day): a caller who
   * must tell these apart compares the instants itself.
   *
   * @param from the start, such as when a response was due
   * @param to the end, such as now
   * @return the number of whole working days between them; never negative
   */
  public int workingDaysBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    LocalDate first = dayOf(from);
    if (from.isAfter(startOf(first))) {
      first = first.plusDays(1);
    }
    // The day on which `to` falls has not ended by `to`, so it never counts.
    return WorkingDayCount.between(this, first, dayOf(to));
  }

  /**
   * Whether anyone is reading reports at {@code instant}: true unless a closure is in force.
   *
   * @param instant a moment
   * @return false exactly when its day, in this calendar's zone, falls within a closure
   */
  public boolean isMonitored(Instant instant) {
    return closureAt(instant).isEmpty();
  }

  /**
   * The closure in force at {@code instant}, judged by its calendar day in this zone.
   *
   * @param instant a moment
   * @return the closure whose days include the day of {@code instant}, or empty when none does
   */
  public Optional<ClosurePeriod> closureAt(Instant instant) {
    return closureOn(dayOf(instant));
  }

  /**
   * The notice shown to reporters at {@code instant}, if a closure is in force.
   *
   * @param instant a moment
   * @return the notice of the closure in force, or empty when the service is monitored
   */
  public Optional<String> noticeAt(Instant instant) {
    return closureAt(instant).map(ClosurePeriod::notice);
  }

  /**
   * The first closure that begins after the day of {@code instant}, so a page can warn early.
   *
   * @param instant a moment
   * @return the earliest closure whose first day is after the day of {@code instant}, however far
   *     off, or empty when none is planned; a closure already in force is not it
   */
  public Optional<ClosurePeriod> nextClosureAfter(Instant instant) {
    LocalDate today = dayOf(instant);
    return closures.stream().filter(closure -> closure.firstDay().isAfter(today)).findFirst();
  }

  Optional<ClosurePeriod> closureOn(LocalDate day) {
    // A loop, not a stream: every submission asks, for its response target.
    for (var closure : closures) {
      if (closure.contains(day)) {
        return Optional.of(closure);
      }
    }
    return Optional.empty();
  }

  /**
   * When {@code day} ends in this calendar's zone: the start of the next day, which is when a
   * target whose last working day is {@code day} runs out.
   *
   * @param day a calendar day
   * @return the local midnight that ends it
   */
  public Instant endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }

  /**
   * When {@code day} starts in this calendar's zone.
   *
   * @param day a calendar day
   * @return its local midnight (or the first instant of the day, where a zone skips midnight)
   */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  private static <T> List<T> sortedCopy(Collection<T> items, Comparator<T> order, String field) {
    List<T> copy = new ArrayList<>(items.size());
    for (T item : items) {
      copy.add(Objects.requireNonNull(item, field + " must not contain null"));
    }
    copy.sort(order);
    return List.copyOf(copy);
  }

  private static <T> List<T> appended(List<T> items, T item) {
    // A null item is refused, naming the field, by the constructor that receives the copy.
    List<T> copy = new ArrayList<>(items);
    copy.add(item);
    return copy;
  }
}
