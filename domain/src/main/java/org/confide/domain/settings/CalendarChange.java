package org.confide.domain.settings;

import java.time.LocalDate;
import java.util.Objects;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.ProblemCode;

/**
 * One change an administrator makes to the working calendar or the service level. It is applied to
 * the settings in force at the moment of saving, so two administrators changing different things at
 * once both keep their change.
 */
public sealed interface CalendarChange {

  /**
   * The settings with this change made, or what is wrong with it, named by the part of the change
   * it concerns.
   *
   * @param settings the settings in force, read for change
   * @return the settings with the change made, everything else as it was; or what is wrong, worded
   *     for the administrator
   */
  Checked<ServiceSettings> applyTo(ServiceSettings settings);

  /**
   * New response and acknowledgement targets. The targets are checked when the change is applied,
   * not when it is made: a problem is named {@code responseTargetWorkingDays} or {@code
   * escalationAcknowledgementWorkingDays}.
   *
   * @param responseTargetWorkingDays the new response target, in working days
   * @param escalationAcknowledgementWorkingDays the new acknowledgement target, in working days
   */
  record SetServiceLevel(int responseTargetWorkingDays, int escalationAcknowledgementWorkingDays)
      implements CalendarChange {
    @Override
    public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
      return ServiceLevel.check(responseTargetWorkingDays, escalationAcknowledgementWorkingDays)
          .map(level -> settings.withCalendar(settings.calendar(), level));
    }
  }

  /**
   * A public holiday added. A holiday on a date that already has one is a problem named {@code
   * date}.
   *
   * @param holiday the holiday to add
   */
  record AddHoliday(PublicHoliday holiday) implements CalendarChange {
    /**
     * The change.
     *
     * @throws NullPointerException if {@code holiday} is null
     */
    public AddHoliday {
      Objects.requireNonNull(holiday, "holiday must not be null");
    }

    @Override
    public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
      var calendar = settings.calendar();
      if (calendar.holidays().stream().anyMatch(h -> h.date().equals(holiday.date()))) {
        return Checked.invalid("date", ProblemCode.HOLIDAY_TAKEN);
      }
      return withCalendar(
          settings,
          WorkingCalendar.check(
              calendar.workingWeekdays(),
              calendar.zone(),
              append(calendar.holidays(), holiday),
              calendar.closures()));
    }
  }

  /**
   * The public holiday on {@code date} removed, if there is one; removing one that is not there
   * changes nothing and is no problem.
   *
   * @param date the date of the holiday
   */
  record RemoveHoliday(LocalDate date) implements CalendarChange {
    /**
     * The change.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public RemoveHoliday {
      Objects.requireNonNull(date, "date must not be null");
    }

    @Override
    public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
      var calendar = settings.calendar();
      return Checked.valid(
          settings.withCalendar(
              calendar.withHolidays(
                  calendar.holidays().stream().filter(h -> !h.date().equals(date)).toList()),
              settings.serviceLevel()));
    }
  }

  /**
   * A closure added. A closure that overlaps one already set is a problem named {@code firstDay}.
   *
   * @param closure the closure to add
   */
  record AddClosure(ClosurePeriod closure) implements CalendarChange {
    /**
     * The change.
     *
     * @throws NullPointerException if {@code closure} is null
     */
    public AddClosure {
      Objects.requireNonNull(closure, "closure must not be null");
    }

    @Override
    public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
      var calendar = settings.calendar();
      if (calendar.closures().stream().anyMatch(closure::overlaps)) {
        return Checked.invalid("firstDay", ProblemCode.CLOSURE_OVERLAPS);
      }
      return withCalendar(
          settings,
          WorkingCalendar.check(
              calendar.workingWeekdays(),
              calendar.zone(),
              calendar.holidays(),
              append(calendar.closures(), closure)));
    }
  }

  /**
   * The closure that starts on {@code firstDay} removed, if there is one; removing one that is not
   * there changes nothing and is no problem.
   *
   * @param firstDay the first day of the closure
   */
  record RemoveClosure(LocalDate firstDay) implements CalendarChange {
    /**
     * The change.
     *
     * @throws NullPointerException if {@code firstDay} is null
     */
    public RemoveClosure {
      Objects.requireNonNull(firstDay, "first day must not be null");
    }

    @Override
    public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
      var calendar = settings.calendar();
      return Checked.valid(
          settings.withCalendar(
              calendar.withClosures(
                  calendar.closures().stream()
                      .filter(c -> !c.firstDay().equals(firstDay))
                      .toList()),
              settings.serviceLevel()));
    }
  }

  /**
   * The whole calendar and service level replaced, each already checked; it is always valid.
   *
   * @param calendar the new working calendar
   * @param serviceLevel the new service level
   */
  record Replace(WorkingCalendar calendar, ServiceLevel serviceLevel) implements CalendarChange {
    /**
     * The change.
     *
     * @throws NullPointerException if a component is null
     */
    public Replace {
      Objects.requireNonNull(calendar, "calendar must not be null");
      Objects.requireNonNull(serviceLevel, "service level must not be null");
    }

    @Override
    public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
      return Checked.valid(settings.withCalendar(calendar, serviceLevel));
    }
  }

  private static Checked<ServiceSettings> withCalendar(
      ServiceSettings settings, Checked<WorkingCalendar> calendar) {
    return calendar.map(c -> settings.withCalendar(c, settings.serviceLevel()));
  }

  private static <T> java.util.List<T> append(java.util.List<T> list, T item) {
    var longer = new java.util.ArrayList<T>(list);
    longer.add(item);
    return longer;
  }
}
