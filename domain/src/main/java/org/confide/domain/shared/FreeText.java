package org.confide.domain.shared;

import java.util.Optional;

/**
 * The rules every piece of free text a person types must meet: trimmed, not blank, bounded, and
 * free of control characters other than line breaks and tabs (which have no business in a report
 * and can break whatever later displays or exports it).
 */
public final class FreeText {

  private FreeText() {}

  /**
   * The problem with {@code text}, if any; {@code text} is assumed trimmed by the caller.
   *
   * @param text the text, already trimmed
   * @param maxLength the most characters allowed, counted as Unicode code points
   * @return the rule it breaks, worded to follow the name of the field ("must not be blank"), or
   *     empty when it keeps them all
   */
  public static Optional<String> problem(String text, int maxLength) {
    if (text.isBlank()) {
      return Optional.of("must not be blank");
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      return Optional.of("must be at most " + maxLength + " characters");
    }
    if (hasControlCharacters(text)) {
      return Optional.of("must not contain control characters");
    }
    return Optional.empty();
  }

  /**
   * The problem with {@code text}, named on {@code field}: {@link ProblemCode#BLANK}, {@link
   * ProblemCode#AT_MOST} (with the limit) or {@link ProblemCode#CONTROL}, each told of {@code
   * subject}.
   *
   * @param field the part the problem is named on
   * @param subject what was written
   * @param text the text, already trimmed
   * @param maxLength the most characters allowed, counted as Unicode code points
   * @return the problem, or empty when the text keeps every rule
   */
  public static Optional<FieldProblem> problem(
      String field, ProblemSubject subject, String text, int maxLength) {
    if (text.isBlank()) {
      return Optional.of(FieldProblem.of(field, ProblemCode.BLANK, subject));
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      return Optional.of(FieldProblem.of(field, ProblemCode.AT_MOST, subject, maxLength));
    }
    if (hasControlCharacters(text)) {
      return Optional.of(FieldProblem.of(field, ProblemCode.CONTROL, subject));
    }
    return Optional.empty();
  }

  /**
   * The problem with {@code text} as {@link #problem(String, ProblemSubject, String, int)} names
   * it, but a text longer than its limit is {@link #tooLong}, naming how much was written.
   *
   * @param field the part the problem is named on
   * @param subject what was written
   * @param text the text, already trimmed
   * @param maxLength the most characters allowed, counted as Unicode code points
   * @return the problem, or empty when the text keeps every rule
   */
  public static Optional<FieldProblem> counted(
      String field, ProblemSubject subject, String text, int maxLength) {
    return tooLong(field, subject, text, maxLength)
        .or(() -> problem(field, subject, text, maxLength));
  }

  /**
   * The problem {@link ProblemCode#TOO_LONG} when {@code text} is longer than its limit, naming the
   * limit and how much was written, so that a person can shorten it themselves: nothing is ever cut
   * silently.
   *
   * @param field the part the problem is named on
   * @param subject what was written
   * @param text the text, already trimmed
   * @param maxLength the most characters allowed, counted as Unicode code points
   * @return the problem, for example "Your message can be up to 5,000 characters: it has 5,210", or
   *     empty when the text is short enough
   */
  public static Optional<FieldProblem> tooLong(
      String field, ProblemSubject subject, String text, int maxLength) {
    int length = text.codePointCount(0, text.length());
    return length > maxLength
        ? Optional.of(FieldProblem.of(field, ProblemCode.TOO_LONG, subject, maxLength, length))
        : Optional.empty();
  }

  /**
   * Whether {@code text} holds a control character other than a line break or a tab.
   *
   * @param text the text to test
   * @return true if it holds a control character other than {@code \n}, {@code \r} or {@code \t}
   */
  public static boolean hasControlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return true;
      }
    }
    return false;
  }

  /**
   * Trims {@code text} and checks it, throwing an {@link IllegalArgumentException} that names
   * {@code field} when it breaks a rule.
   *
   * @param field the name of the value, for the exception message
   * @param text the text as given
   * @param maxLength the most characters allowed after trimming, counted as Unicode code points
   * @return the text, trimmed
   * @throws IllegalArgumentException if the text is null or breaks a rule
   */
  public static String require(String field, String text, int maxLength) {
    if (text == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    var trimmed = text.strip();
    problem(trimmed, maxLength)
        .ifPresent(problem -> {
          throw new IllegalArgumentException(field + " " + problem);
        });
    return trimmed;
  }
}
