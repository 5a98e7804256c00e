package org.confide.domain.questionnaire;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable id of a question, such as {@code incident-type}; integrators rely on it. */
public record QuestionId(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public QuestionId {
    Objects.requireNonNull(value, "question id must not be null");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "question id must be lower-case words joined by hyphens, at most 64 characters");
    }
  }

  /**
   * Whether {@code value} has the form of an id: lower-case words joined by hyphens, at most 64.
   */
  public static boolean isWellFormed(String value) {
    return value.length() <= 64 && FORM.matcher(value).matches();
  }

  /** Shorthand for {@code new QuestionId(value)}. */
  public static QuestionId of(String value) {
    return new QuestionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
