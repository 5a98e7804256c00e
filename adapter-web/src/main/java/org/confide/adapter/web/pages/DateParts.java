package org.confide.adapter.web.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.Choice;
import org.confide.adapter.web.pages.view.DatePart;
import org.confide.domain.questionnaire.Answer;

/**
 * A date question on the page, as the GOV.UK date input asks it: a day (which may be left out), a
 * month and a year in three boxes that need no calendar widget, or a box to tick for someone who
 * can say only that it was more than a year ago. They become the API's one answer, {@code
 * 2025-03-27}, without the day {@code 2025-03}, or {@code more-than-a-year-ago}; the
 * questionnaire's rules (not in the future, not before 1900) are the domain's.
 *
 * @param name the question's field name, {@code answers.when}; the boxes are {@code .day}, {@code
 *     .month} and {@code .year} after it, the box to tick {@code .long-ago}
 */
record DateParts(String name) {

  static final List<String> PARTS = List.of("day", "month", "year");

  private static final String TICKED = "yes";

  /** The field names of the boxes, and the plain name an API-shaped form may post. */
  List<String> names() {
    return List.of(name, name + ".day", name + ".month", name + ".year", longAgo());
  }

  /** The field name of the box to tick for "more than a year ago". */
  String longAgo() {
    return name + ".long-ago";
  }

  /**
   * The box to tick for "more than a year ago", ticked as posted, in the words of {@code texts}.
   */
  Choice longAgo(Function<String, String> first, Texts texts) {
    return new Choice(
        TICKED, texts.text("part.date.longAgo"), first.apply(longAgo()).equals(TICKED));
  }

  /** The three boxes holding what was typed, the first with the question's own id. */
  List<DatePart> boxes(Function<String, String> first, Texts texts) {
    return List.of(
        new DatePart(name + ".day", texts.text("part.date.day"), first.apply(name + ".day"), 2),
        new DatePart(
            name + ".month", texts.text("part.date.month"), first.apply(name + ".month"), 2),
        new DatePart(name + ".year", texts.text("part.date.year"), first.apply(name + ".year"), 4));
  }

  /**
   * What was typed, as the API's answer: empty when nothing was typed (or only the plain field was
   * posted, which is then the answer as it stands).
   */
  Optional<String> answer(Function<String, String> first) {
    var day = first.apply(name + ".day").strip();
    var month = first.apply(name + ".month").strip();
    var year = first.apply(name + ".year").strip();
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      if (first.apply(longAgo()).equals(TICKED)) {
        return Optional.of(Answer.MoreThanAYearAgo.VALUE);
      }
      return Optional.of(first.apply(name).strip()).filter(plain -> !plain.isEmpty());
    }
    var yearMonth = year + "-" + (month.length() == 1 ? "0" + month : month);
    return Optional.of(
        day.isEmpty() ? yearMonth : yearMonth + "-" + (day.length() == 1 ? "0" + day : day));
  }

  /**
   * What is wrong with the boxes as typed, before the questionnaire's own rules, in the words of
   * {@code texts}; empty if fine.
   */
  Optional<String> problem(Function<String, String> first, Texts texts) {
    return problemKey(first).map(texts::text);
  }

  private Optional<String> problemKey(Function<String, String> first) {
    var day = first.apply(name + ".day").strip();
    var month = first.apply(name + ".month").strip();
    var year = first.apply(name + ".year").strip();
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      return Optional.empty();
    }
    if (first.apply(longAgo()).equals(TICKED)) {
      return Optional.of("report.date.both");
    }
    if (month.isEmpty() || year.isEmpty()) {
      return Optional.of("report.date.monthAndYear");
    }
    if (!month.matches("\\d{1,2}") || Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12) {
      return Optional.of("report.date.monthNumber");
    }
    if (!year.matches("\\d{4}")) {
      return Optional.of("report.date.year");
    }
    if (!day.isEmpty()) {
      if (!day.matches("\\d{1,2}")) {
        return Optional.of("report.date.dayNumber");
      }
      try {
        LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      } catch (DateTimeException e) {
        return Optional.of("report.date.dayInMonth");
      }
    }
    return Optional.empty();
  }

  /**
   * The answer in words, for the check before sending, in the words of {@code texts}: "27 March
   * 2025", "March 2025" or "More than a year ago".
   */
  static String inWords(String answer, Texts texts) {
    if (answer.equals(Answer.MoreThanAYearAgo.VALUE)) {
      return texts.text("part.date.longAgo");
    }
    try {
      if (answer.matches("\\d{4}-\\d{2}")) {
        return DateTimeFormatter.ofPattern(texts.text("format.month"), texts.language().locale())
            .format(YearMonth.parse(answer));
      }
      if (answer.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return DateTimeFormatter.ofPattern(texts.text("format.date"), texts.language().locale())
            .format(LocalDate.parse(answer));
      }
    } catch (DateTimeException e) {
      // Not a date the calendar has: shown as typed, and the questionnaire's rules say why.
    }
    return answer;
  }
}
