package org.confide.domain.questionnaire;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable id of an option within a question, such as {@code on-campus}. */
public record OptionId(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public OptionId {
    Objects.requireNonNull(value, "option id must not be null");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "option id must be lower-case words joined by hyphens, at most 64 characters");
    }
  }

  /**
   * Whether {@code value} has the form of an id: lower-case words joined by hyphens, at most 64.
   */
  public static boolean isWellFormed(String value) {
    return value.length() <= 64 && FORM.matcher(value).matches();
  }

  /** Shorthand for {@code new OptionId(value)}. */
  public static OptionId of(String value) {
    return new OptionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
