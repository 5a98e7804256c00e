package org.confide.domain.questionnaire;

/**
 * The version of a questionnaire. A report is validated against, and kept with, the version its
 * reporter was given, so that changing the questions never changes what someone told us.
 *
 * @param value the version number, 1 or more; later versions have higher numbers
 */
public record QuestionnaireVersion(int value) implements Comparable<QuestionnaireVersion> {

  /**
   * Version {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is less than 1
   */
  public QuestionnaireVersion {
    if (value < 1) {
      throw new IllegalArgumentException("questionnaire version must be 1 or more, was " + value);
    }
  }

  /**
   * Shorthand for {@code new QuestionnaireVersion(value)}.
   *
   * @param value the version number, 1 or more
   * @return the version
   * @throws IllegalArgumentException if {@code value} is less than 1
   */
  public static QuestionnaireVersion of(int value) {
    return new QuestionnaireVersion(value);
  }

  /**
   * The version after this one.
   *
   * @return the version numbered one more
   */
  public QuestionnaireVersion next() {
    return new QuestionnaireVersion(value + 1);
  }

  @Override
  public int compareTo(QuestionnaireVersion other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
