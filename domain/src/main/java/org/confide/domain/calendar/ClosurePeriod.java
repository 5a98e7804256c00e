package org.confide.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;

/**
 * Days, first and last inclusive, on which reports are not monitored, with the notice shown to
 * reporters for the whole period. The days are calendar days in the zone of the {@link
 * WorkingCalendar} that holds the closure, and none of them counts as a working day.
 *
 * @param firstDay the first day of the closure
 * @param lastDay the last day of the closure; the same as or after {@code firstDay}
 * @param notice what reporters are told while it lasts, such as when someone will read their report
 *     and whom to call meanwhile; not blank, at most {@value #MAX_NOTICE_LENGTH} characters, no
 *     control characters but line breaks and tabs
 */
public record ClosurePeriod(LocalDate firstDay, LocalDate lastDay, String notice) {

  /** The longest notice accepted; it is shown on every reporter page during the closure. */
  public static final int MAX_NOTICE_LENGTH = 500;

  /**
   * A closure from {@code firstDay} to {@code lastDay} with {@code notice}, or what is wrong, named
   * {@code firstDay}, {@code lastDay} or {@code notice}.
   *
   * @param firstDay the first day, or null when none was given
   * @param lastDay the last day, or null when none was given
   * @param notice the notice as typed, or null when none was given
   * @return the closure, or every problem found, worded for the administrator
   */
  public static Checked<ClosurePeriod> check(LocalDate firstDay, LocalDate lastDay, String notice) {
    var problems = new ArrayList<FieldProblem>();
    if (firstDay == null) {
      problems.add(FieldProblem.of("firstDay", ProblemCode.CLOSURE_FIRST_DAY));
    }
    if (lastDay == null) {
      problems.add(FieldProblem.of("lastDay", ProblemCode.CLOSURE_LAST_DAY));
    }
    if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
      problems.add(FieldProblem.of("lastDay", ProblemCode.CLOSURE_ORDER));
    }
    if (notice == null || notice.isBlank()) {
      problems.add(FieldProblem.of("notice", ProblemCode.CLOSURE_NOTICE));
    } else if (notice.length() > MAX_NOTICE_LENGTH) {
      problems.add(
          FieldProblem.of("notice", ProblemCode.CLOSURE_NOTICE_TOO_LONG, MAX_NOTICE_LENGTH));
    } else if (FreeText.hasControlCharacters(notice)) {
      problems.add(FieldProblem.of("notice", ProblemCode.CONTROL, ProblemSubject.NOTICE));
    }
    return Checked.unless(problems, () -> new ClosurePeriod(firstDay, lastDay, notice));
  }

  /**
   * A closure; the notice is kept as given, not trimmed. For what an administrator typed, use
   * {@link #check} instead.
   *
   * @throws IllegalArgumentException if the last day is before the first, or the notice breaks a
   *     rule
   */
  public ClosurePeriod {
    Objects.requireNonNull(firstDay, "firstDay must not be null");
    Objects.requireNonNull(lastDay, "lastDay must not be null");
    Objects.requireNonNull(notice, "notice must not be null");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException(
          "lastDay must not be before firstDay, was " + lastDay + " before " + firstDay);
    }
    // A closure without a notice would leave a reporter thinking someone is reading their report.
    if (notice.isBlank()) {
      throw new IllegalArgumentException("notice must not be blank");
    }
    if (notice.length() > MAX_NOTICE_LENGTH) {
      throw new IllegalArgumentException(
          "notice must be at most " + MAX_NOTICE_LENGTH + " characters, was " + notice.length());
    }
    // The notice is shown on every reporter page during the closure.
    if (FreeText.hasControlCharacters(notice)) {
      throw new IllegalArgumentException("notice must not contain control characters");
    }
  }

  /**
   * Whether {@code day} falls within the closure.
   *
   * @param day a calendar day
   * @return true if it is the first day, the last day or one between
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  /**
   * Whether the two closures share at least one day.
   *
   * @param other another closure
   * @return true if some day falls within both; false for closures that only follow one another
   */
  public boolean overlaps(ClosurePeriod other) {
    return !other.lastDay.isBefore(firstDay) && !other.firstDay.isAfter(lastDay);
  }
}
