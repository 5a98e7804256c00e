package org.confide.adapter.web.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.confide.adapter.web.i18n.Texts;

/**
 * Dates and times in words, in the page's language, by the patterns of its bundle ({@code
 * format.day}, {@code format.shortDay}, {@code format.moment}).
 */
final class PageDates {

  private PageDates() {}

  /** A day in words in the language of {@code texts}: "Dydd Iau 26 Tachwedd 2026". */
  static String day(Instant instant, ZoneId zone, Texts texts) {
    return texts.day(instant.atZone(zone).toLocalDate());
  }

  /** A short day, for tables, in the language of {@code texts}: "Iau 26 Tach 2026". */
  static String shortDay(Instant instant, ZoneId zone, Texts texts) {
    return DateTimeFormatter.ofPattern(texts.text("format.shortDay"), texts.language().locale())
        .format(instant.atZone(zone));
  }

  /** A moment in words in the language of {@code texts}: "26 Tachwedd 2026 am 14:05". */
  static String moment(Instant instant, ZoneId zone, Texts texts) {
    return texts.moment(instant, zone);
  }
}
