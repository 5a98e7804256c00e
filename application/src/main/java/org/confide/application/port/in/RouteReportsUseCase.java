package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrator reads and changes how new reports are routed to the teams: rules on the answer
 * to a single- or multiple-choice question (such as {@code reporter-role} or {@code
 * incident-type}), tried in order, the first match winning, and a default team for a report no rule
 * matches.
 */
public interface RouteReportsUseCase {

  /**
   * The routing in force.
   *
   * @param session the acting administrator's session, from {@link LogInStaffUseCase}
   * @return the routing, or why not (one of {@link TeamFailure})
   */
  Outcome<RoutingView, TeamFailure> read(SessionToken session);

  /**
   * Replaces the routing whole. Every question must be a single- or multiple-choice question of the
   * questionnaire in use, every option one of its options, and every team (and the default team) an
   * existing team: otherwise {@link Failure.Invalid}, one problem per rule field, naming the
   * unknown question, option or team. Audited.
   *
   * @param session the acting administrator's session
   * @param routing the new rules and default team
   * @return done, or why not (one of {@link TeamFailure})
   */
  Outcome<Outcome.Ok, TeamFailure> change(SessionToken session, RoutingView routing);

  /**
   * Routing as written: ids as text, so that a wrong one is answered rather than thrown.
   *
   * @param rules the rules, in order
   * @param defaultTeam the id of the team of a report no rule matches, if any
   */
  record RoutingView(List<Rule> rules, Optional<String> defaultTeam) {
    /**
     * Refuses a missing component; copies the rules.
     *
     * @throws NullPointerException if a component is null
     */
    public RoutingView {
      rules = List.copyOf(rules);
      Objects.requireNonNull(defaultTeam, "default team must be Optional, not null");
    }
  }

  /**
   * One rule as written.
   *
   * @param question the question's id
   * @param option the option's id
   * @param team the team's id
   */
  record Rule(String question, String option, String team) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Rule {
      Objects.requireNonNull(question, "question must not be null");
      Objects.requireNonNull(option, "option must not be null");
      Objects.requireNonNull(team, "team must not be null");
    }
  }
}
