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
 * A named day on which no one works, such as a bank holiday; reports are still monitored.
 *
 * @param date the day; it is not a working day, whatever weekday it falls on
 * @param name what the holiday is called, as staff see it, such as {@code Easter Monday}; not
 *     blank, at most {@value #MAX_NAME_LENGTH} characters, no control characters but line breaks
 *     and tabs
 */
public record PublicHoliday(LocalDate date, String name) {

  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 100;

  /**
   * A holiday on {@code date} called {@code name}, or what is wrong with the name (named {@code
   * name}); a missing date is named {@code date}.
   *
   * @param date the day, or null when none was given
   * @param name the name as typed, or null when none was given
   * @return the holiday, or every problem found, worded for the administrator
   */
  public static Checked<PublicHoliday> check(LocalDate date, String name) {
    var problems = new ArrayList<FieldProblem>();
    if (date == null) {
      problems.add(FieldProblem.of("date", ProblemCode.HOLIDAY_DATE));
    }
    if (name == null || name.isBlank()) {
      problems.add(FieldProblem.of("name", ProblemCode.HOLIDAY_NAME));
    } else if (name.length() > MAX_NAME_LENGTH) {
      problems.add(FieldProblem.of("name", ProblemCode.HOLIDAY_NAME_TOO_LONG, MAX_NAME_LENGTH));
    } else if (FreeText.hasControlCharacters(name)) {
      problems.add(FieldProblem.of("name", ProblemCode.CONTROL, ProblemSubject.NAME));
    }
    return Checked.unless(problems, () -> new PublicHoliday(date, name));
  }

  /**
   * A holiday; the name is kept as given, not trimmed. For what an administrator typed, use {@link
   * #check} instead.
   *
   * @throws IllegalArgumentException if the name breaks a rule
   */
  public PublicHoliday {
    Objects.requireNonNull(date, "date must not be null");
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "name must be at most " + MAX_NAME_LENGTH + " characters, was " + name.length());
    }
    // A holiday's name is shown on staff pages and exported; a control character has no place
    // in it (and a NUL cannot even be stored by PostgreSQL).
    if (FreeText.hasControlCharacters(name)) {
      throw new IllegalArgumentException("name must not contain control characters");
    }
  }
}
