package org.confide.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.FieldProblem;

/** The outcome of checking raw answers against a questionnaire: answers, or every problem. */
public sealed interface Interpretation {

  /**
   * Every answer fits its question; blank optional answers have been left out.
   *
   * @param answers the answers, in questionnaire order
   */
  record Valid(Answers answers) implements Interpretation {
    /**
     * Valid answers.
     *
     * @throws NullPointerException if {@code answers} is null
     */
    public Valid {
      Objects.requireNonNull(answers, "answers must not be null");
    }
  }

  /**
   * At least one answer doesn't fit; all the problems found, in questionnaire order.
   *
   * @param problems the problems: first any answer to a question this questionnaire does not ask
   *     (named {@code answers.} and the id, or just {@code answers} when the id is not even well
   *     formed), then at most one per question, named {@code answers.} and its id, in questionnaire
   *     order
   */
  record Invalid(List<FieldProblem> problems) implements Interpretation {
    /**
     * Problems found; keeps an unmodifiable copy.
     *
     * @throws IllegalArgumentException if there is no problem
     */
    public Invalid {
      problems = List.copyOf(Objects.requireNonNull(problems, "problems must not be null"));
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("problems must name at least one problem");
      }
    }
  }
}
