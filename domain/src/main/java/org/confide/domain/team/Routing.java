package org.confide.domain.team;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.Answers;

/**
 * Which team a new report goes to: the team of the first rule its answers match, else the default
 * team, else none (a case with no team is worked by every adviser, as before teams existed).
 *
 * @param rules the rules, in the order they are tried; at most {@value #MAX_RULES}
 * @param defaultTeam the team of a report no rule matches, if any
 */
public record Routing(List<RoutingRule> rules, Optional<TeamId> defaultTeam) {

  /** The most rules a routing may have. */
  public static final int MAX_RULES = 200;

  /**
   * Refuses a missing component or too many rules.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there are more than {@value #MAX_RULES} rules
   */
  public Routing {
    rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
    Objects.requireNonNull(defaultTeam, "default team must be Optional, not null");
    if (rules.size() > MAX_RULES) {
      throw new IllegalArgumentException("rules must be at most " + MAX_RULES);
    }
  }

  /** {@return no rules and no default team: every report is left without a team} */
  public static Routing none() {
    return new Routing(List.of(), Optional.empty());
  }

  /**
   * The team a report with {@code answers} goes to.
   *
   * @param answers the report's answers
   * @return the first matching rule's team, else the default team, else empty
   */
  public Optional<TeamId> teamFor(Answers answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    for (var rule : rules) {
      if (rule.matches(answers)) {
        return Optional.of(rule.team());
      }
    }
    return defaultTeam;
  }

  /**
   * Whether this routing sends any report to {@code team}.
   *
   * @param team a team
   * @return true if a rule or the default names it
   */
  public boolean names(TeamId team) {
    return defaultTeam.filter(team::equals).isPresent()
        || rules.stream().anyMatch(rule -> rule.team().equals(team));
  }
}
