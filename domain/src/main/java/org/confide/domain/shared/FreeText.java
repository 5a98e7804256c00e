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
