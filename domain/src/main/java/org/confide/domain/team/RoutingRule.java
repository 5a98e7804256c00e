package org.confide.domain.team;

import java.util.Objects;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;

/**
 * A report whose answer to {@code question} is, or includes, {@code option} goes to {@code team}.
 *
 * @param question a single- or multiple-choice question, such as {@code reporter-role}
 * @param option one of its options, such as {@code student}
 * @param team the team whose queue the report lands in
 */
public record RoutingRule(QuestionId question, OptionId option, TeamId team) {

  /**
   * Refuses a missing component.
   *
   * @throws NullPointerException if a component is null
   */
  public RoutingRule {
    Objects.requireNonNull(question, "question must not be null");
    Objects.requireNonNull(option, "option must not be null");
    Objects.requireNonNull(team, "team must not be null");
  }

  /**
   * Whether a report with {@code answers} matches this rule.
   *
   * @param answers the report's answers
   * @return true if the option was chosen, alone or among others
   */
  public boolean matches(Answers answers) {
    return answers.chose(question, option);
  }
}
