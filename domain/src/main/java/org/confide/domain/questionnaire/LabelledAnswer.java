package org.confide.domain.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * One answer put back into words for the reporter's copy: the question as asked and the answer as
 * chosen or written (option labels, an ISO date, or the text). Never prints its content.
 */
public record LabelledAnswer(QuestionId question, String questionText, List<String> answer) {

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
