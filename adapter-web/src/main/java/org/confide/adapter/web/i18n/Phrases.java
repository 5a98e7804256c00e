package org.confide.adapter.web.i18n;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import org.confide.domain.settings.MonitoringHours;

/** Phrases built from settings in the words of a language. */
public final class Phrases {

  private Phrases() {}

  /**
   * When messages are read, as reporters read it after "Messages are read": "Monday to Friday, 9am
   * to 5pm"; in Welsh "o ddydd Llun i ddydd Gwener, o 9am tan 5pm".
   *
   * @param hours the hours messages are read
   * @param texts the words of the language
   * @return the phrase
   */
  public static String monitoring(MonitoringHours hours, Texts texts) {
    return texts.text("monitoring.daysAndTimes", days(hours, texts), times(hours, texts));
  }

  private static String days(MonitoringHours hours, Texts texts) {
    var sorted = EnumSet.copyOf(hours.days());
    if (sorted.size() == 7) {
      return texts.text("monitoring.everyDay");
    }
    var first = sorted.iterator().next();
    var last = first;
    for (var day : sorted) {
      last = day;
    }
    if (sorted.size() > 2 && sorted.equals(EnumSet.range(first, last))) {
      return texts.text("monitoring.dayRange", day(first, texts), day(last, texts));
    }
    var names = sorted.stream().map(day -> day(day, texts)).toList();
    if (names.size() == 1) {
      return texts.text("monitoring.oneDay", names.getFirst());
    }
    return texts.text(
        "monitoring.dayList",
        String.join(texts.text("monitoring.listSeparator"), names.subList(0, names.size() - 1)),
        names.getLast());
  }

  private static String day(DayOfWeek day, Texts texts) {
    return texts.text("day." + day.name().toLowerCase(Locale.ROOT));
  }

  private static String times(MonitoringHours hours, Texts texts) {
    if (hours.from().equals(LocalTime.MIDNIGHT) && hours.to().equals(LocalTime.MIDNIGHT)) {
      return texts.text("monitoring.allDay");
    }
    return texts.text("monitoring.timeRange", time(hours.from(), texts), time(hours.to(), texts));
  }

  private static String time(LocalTime time, Texts texts) {
    if (time.equals(LocalTime.MIDNIGHT)) {
      return texts.text("time.midnight");
    }
    if (time.equals(LocalTime.NOON)) {
      return texts.text("time.midday");
    }
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    return texts.text(
        time.getHour() < 12 ? "time.morning" : "time.afternoon",
        hour,
        time.getMinute(),
        time.getHour());
  }
}
