package org.confide.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.FieldProblem;

/** The outcome of checking raw answers against a questionnaire: answers, or every problem. */
public sealed interface Interpretation {

  /** Every answer fits its question; blank optional answers have been left out. */
  record Valid(Answers answers) implements Interpretation {
    public Valid {
      Objects.requireNonNull(answers, "answers must not be null");
    }
  }

  /** At least one answer doesn't fit; all the problems found, in questionnaire order. */
  record Invalid(List<FieldProblem> problems) implements Interpretation {
    public Invalid {
      problems = List.copyOf(Objects.requireNonNull(problems, "problems must not be null"));
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("problems must name at least one problem");
      }
    }
  }
}
