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
   * The problem with {@code text} as a sentence a person reads, naming what they wrote; when it is
   * too long, the sentence names the limit and how much they wrote ({@link #tooLong}).
   *
   * @param what what was written, as the sentence's subject: {@code "Your message"}
   * @param text the text, already trimmed
   * @param maxLength the most characters allowed, counted as Unicode code points
   * @return the sentence, or empty when the text keeps every rule
   */
  public static Optional<String> problem(String what, String text, int maxLength) {
    int length = text.codePointCount(0, text.length());
    return length > maxLength
        ? Optional.of(tooLong(what, maxLength, length))
        : problem(text, maxLength).map(rule -> what + " " + rule);
  }

  /**
   * The words telling a person that what they wrote is longer than its limit, naming the limit and
   * how much they wrote, so that they can shorten it themselves: nothing is ever cut silently.
   *
   * @param what what was written, as the sentence's subject: {@code "Your message"}
   * @param maxLength the most characters allowed
   * @param length how many characters were written
   * @return for example "Your message can be up to 5,000 characters: it has 5,210"
   */
  public static String tooLong(String what, int maxLength, int length) {
    return String.format(
        java.util.Locale.UK, "%s can be up to %,d characters: it has %,d", what, maxLength, length);
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
