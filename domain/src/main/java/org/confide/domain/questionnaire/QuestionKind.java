package org.confide.domain.questionnaire;

/** The kind of a question, which decides the shape of its answer. */
public enum QuestionKind {
  /** Exactly one of the question's options. */
  SINGLE_CHOICE,
  /** One or more of the question's options. */
  MULTIPLE_CHOICE,
  /** A calendar date, or a month and year when the day is not known; not in the future. */
  DATE,
  /** Free text, up to the question's maximum length. */
  TEXT;

  /**
   * Whether questions of this kind offer options.
   *
   * @return true for {@link #SINGLE_CHOICE} and {@link #MULTIPLE_CHOICE}
   */
  public boolean isChoice() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
