package org.confide.domain.questionnaire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers of one report, by question, in the order they were given. Built by {@link
 * Questionnaire#interpret}, which checks them against the questions; this type only holds them.
 *
 * @param byQuestion each answer by the id of its question; a question left unanswered has no entry
 */
public record Answers(Map<QuestionId, Answer> byQuestion) {

  /**
   * These answers; keeps an unmodifiable copy in the same order.
   *
   * @throws NullPointerException if a question id or an answer is null
   */
  public Answers {
    Objects.requireNonNull(byQuestion, "answers must not be null");
    var copy = new LinkedHashMap<QuestionId, Answer>();
    byQuestion.forEach((question, answer) ->
        copy.put(
            Objects.requireNonNull(question, "question id must not be null"),
            Objects.requireNonNull(answer, "answer to " + question + " must not be null")));
    byQuestion = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * No answers at all.
   *
   * @return empty answers
   */
  public static Answers none() {
    return new Answers(Map.of());
  }

  /**
   * The answer to {@code question}, if one was given.
   *
   * @param question the id of the question
   * @return the answer, or empty when the question was left unanswered or not asked
   */
  public Optional<Answer> get(QuestionId question) {
    return Optional.ofNullable(byQuestion.get(question));
  }

  /**
   * The option chosen for a single-choice question, if it was answered that way.
   *
   * @param question the id of the question
   * @return the option chosen; empty when it was not answered, or answered other than by one choice
   */
  public Optional<OptionId> choice(QuestionId question) {
    return get(question)
        .flatMap(answer ->
            answer instanceof Answer.SingleChoice single
                ? Optional.of(single.option())
                : Optional.empty());
  }

  /**
   * Whether {@code question} was answered with {@code option}, alone or among others.
   *
   * @param question the id of the question
   * @param option the id of the option
   * @return true if the option was chosen, in a single or a multiple choice
   */
  public boolean chose(QuestionId question, OptionId option) {
    var answer = byQuestion.get(question);
    return answer != null && answer.chose(option);
  }

  @Override
  public String toString() {
    return "Answers[" + byQuestion.keySet() + "]";
  }
}
