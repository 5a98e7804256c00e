package org.confide.domain.settings;

import java.time.LocalDate;
import java.util.Objects;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.shared.Checked;

/**
 * One change an administrator makes to the working calendar or the service level. It is applied to
 * the settings in force at the moment of saving, so two administrators changing different things at
 * once both keep their change.
 */
public sealed interface CalendarChange {

  /**
   * The settings with this change made, or what is wrong with it, named by the part of the change
   * it concerns.
   */
  Checked<ServiceSettings> applyTo(ServiceSettings settings);

  /** New response and acknowledgement targets. */
  record SetServiceLevel(int responseTargetWorkingDays, int escalationAcknowledgementWorkingDays)
      implements CalendarChange {
    @Override
    public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
      return ServiceLevel.check(responseTargetWorkingDays, escalationAcknowledgementWorkingDays)
          .map(level -> settings.withCalendar(settings.calendar(), level));
    }
  }

  /** A public holiday added. */
  record AddHoliday(PublicHoliday holiday) implements CalendarChange {
    public AddHoliday {
      Objects.requireNonNull(holiday, "holiday must not be null");
    }

    @Override
    public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
      var calendar = settings.calendar();
      if (calendar.holidays().stream().anyMatch(h -> h.date().equals(holiday.date()))) {
        return Checked.invalid("date", "There is a holiday on that date already");
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

  /** The public holiday on {@code date} removed, if there is one. */
  record RemoveHoliday(LocalDate date) implements CalendarChange {
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

  /** A closure added. */
  record AddClosure(ClosurePeriod closure) implements CalendarChange {
    public AddClosure {
      Objects.requireNonNull(closure, "closure must not be null");
    }

    @Override
    public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
      var calendar = settings.calendar();
      if (calendar.closures().stream().anyMatch(closure::overlaps)) {
        return Checked.invalid("firstDay", "That closure overlaps one already set");
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

  /** The closure that starts on {@code firstDay} removed, if there is one. */
  record RemoveClosure(LocalDate firstDay) implements CalendarChange {
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

  /** The whole calendar and service level replaced, each already checked. */
  record Replace(WorkingCalendar calendar, ServiceLevel serviceLevel) implements CalendarChange {
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
