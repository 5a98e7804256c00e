package org.confide.domain.pattern;

import org.confide.domain.questionnaire.QuestionId;

/** What a pattern joins reports on: a person they name, or a specific place. */
public enum PatternKind {
  /** The free-text answer naming the person involved. */
  PERSON(QuestionId.of("named-person")),
  /** The free-text answer naming the specific place. */
  PLACE(QuestionId.of("location-detail"));

  private final QuestionId question;

  PatternKind(QuestionId question) {
    this.question = question;
  }

  /**
   * The question whose answer is compared.
   *
   * @return the id of a text question of the default questionnaire, {@code named-person} or {@code
   *     location-detail}; a questionnaire without it gives no alerts of this kind
   */
  public QuestionId question() {
    return question;
  }
}
