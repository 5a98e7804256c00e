package org.confide.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.Language;

/**
 * One answer put back into words for the reporter's copy: the question as asked and the answer as
 * chosen or written (option labels, an ISO date, or the text), each in every language the
 * questionnaire has it in. Never prints its content.
 *
 * @param question the id of the question
 * @param questionText the question as asked
 * @param answer the answer in words: one label per option chosen, in questionnaire order, or a
 *     single ISO date such as {@code 2025-03-14}, or the single text written (plain words: they
 *     name no language)
 * @param chosen whether the answer's words are the labels of the options chosen, written in the
 *     questionnaire's languages as its question is; false for a date or a text, whose words are in
 *     no language of the questionnaire's
 */
public record LabelledAnswer(
    QuestionId question, Words questionText, List<Words> answer, boolean chosen) {

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

  /**
   * The question as asked in {@code language}, or as first written if it was not written in it.
   *
   * @param language the language of the page or the request
   * @return the question
   */
  public String questionIn(Language language) {
    return questionText.in(language);
  }

  /**
   * The answer in words in {@code language}, or as first written where a label was not written in
   * it.
   *
   * @param language the language of the page or the request
   * @return the answer's words
   */
  public List<String> answerIn(Language language) {
    return answer.stream().map(words -> words.in(language)).toList();
  }

  /** {@return the answer's words as first written, for a reader who asked for no language} */
  public List<String> answerFirst() {
    return answer.stream().map(Words::first).toList();
  }

  @Override
  public String toString() {
    return "LabelledAnswer[" + question + "]";
  }
}
