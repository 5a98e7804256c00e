package org.confide.domain.questionnaire;

/**
 * The version of a questionnaire. A report is validated against, and kept with, the version its
 * reporter was given, so that changing the questions never changes what someone told us.
 */
public record QuestionnaireVersion(int value) implements Comparable<QuestionnaireVersion> {

  public QuestionnaireVersion {
    if (value < 1) {
      throw new IllegalArgumentException("questionnaire version must be 1 or more, was " + value);
    }
  }

  /** Shorthand for {@code new QuestionnaireVersion(value)}. */
  public static QuestionnaireVersion of(int value) {
    return new QuestionnaireVersion(value);
  }

  /** The version after this one. */
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
