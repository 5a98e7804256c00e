package org.confide.domain.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * One answer put back into words for the reporter's copy: the question as asked and the answer as
 * chosen or written (option labels, an ISO date, or the text). Never prints its content.
 *
 * @param question the id of the question
 * @param questionText the question as asked
 * @param answer the answer in words: one label per option chosen, in questionnaire order, or a
 *     single ISO date such as {@code 2025-03-14}, or the single text written
 */
public record LabelledAnswer(QuestionId question, String questionText, List<String> answer) {

  /**
   * An answer in words; keeps an unmodifiable copy of {@code answer}.
   *
   * @throws NullPointerException if a component is null
   */
  public LabelledAnswer {
    Objects.requireNonNull(question, "question must not be null");
    Objects.requireNonNull(questionText, "questionText must not be null");
    answer = List.copyOf(Objects.requireNonNull(answer, "answer must not be null"));
  }

  @Override
  public String toString() {
    return "LabelledAnswer[" + question + "]";
  }
}
