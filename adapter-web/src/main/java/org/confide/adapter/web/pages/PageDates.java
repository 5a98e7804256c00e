package org.confide.adapter.web.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.confide.adapter.web.i18n.Texts;

/**
 * Dates and times in words: in a page's language, by the patterns of its bundle ({@code
 * format.day}, {@code format.moment}); or in English, as the pages not yet in every language write
 * them.
 */
final class PageDates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

  private PageDates() {}

  /** A day in words, in {@code zone}: "Thursday 26 November 2026". */
  static String day(Instant instant, ZoneId zone) {
    return DAY.format(instant.atZone(zone));
  }

  /**
   * A day in words in the language of {@code texts}, in {@code zone}: "dydd Iau 26 Tachwedd 2026".
   */
  static String day(Instant instant, ZoneId zone, Texts texts) {
    return texts.day(instant.atZone(zone).toLocalDate());
  }

  /**
   * A moment in words in the language of {@code texts}, in {@code zone}: "26 Tachwedd 2026 am
   * 14:05".
   */
  static String moment(Instant instant, ZoneId zone, Texts texts) {
    return DateTimeFormatter.ofPattern(texts.text("format.moment"), texts.language().locale())
        .format(instant.atZone(zone));
  }

  /** A short day, for tables: "Thu 26 Nov 2026". */
  static String shortDay(Instant instant, ZoneId zone) {
    return SHORT_DAY.format(instant.atZone(zone));
  }

  /** A moment in words, in {@code zone}: "26 November 2026 at 14:05". */
  static String moment(Instant instant, ZoneId zone) {
    return MOMENT.format(instant.atZone(zone));
  }
}
