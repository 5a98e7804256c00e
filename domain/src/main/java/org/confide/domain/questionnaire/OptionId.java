package org.confide.domain.questionnaire;

import java.util.Objects;
import org.confide.domain.shared.HyphenatedWords;

/**
 * The stable id of an option within a question, such as {@code on-campus}.
 *
 * @param value the id: lower-case letters and digits in words joined by single hyphens, at most 64
 *     characters
 */
public record OptionId(String value) {

  private static final int MAX_LENGTH = 64;

  /**
   * The id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not well formed
   */
  public OptionId {
    Objects.requireNonNull(value, "option id must not be null");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "option id must be lower-case words joined by hyphens, at most 64 characters");
    }
  }

  /**
   * Whether {@code value} has the form of an id: lower-case words joined by hyphens, at most 64.
   *
   * @param value the text to test
   * @return true if {@code new OptionId(value)} would accept it
   */
  public static boolean isWellFormed(String value) {
    return HyphenatedWords.fit(value, MAX_LENGTH);
  }

  /**
   * Shorthand for {@code new OptionId(value)}.
   *
   * @param value the id
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not well formed
   */
  public static OptionId of(String value) {
    return new OptionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
