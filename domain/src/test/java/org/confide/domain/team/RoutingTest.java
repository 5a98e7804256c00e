package org.confide.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.confide.domain.questionnaire.Answer;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.junit.jupiter.api.Test;

class RoutingTest {

  private static final Random RANDOM = new Random(23);
  private static final TeamId SUPPORT = TeamId.generate(RANDOM);
  private static final TeamId HR = TeamId.generate(RANDOM);
  private static final TeamId EDI = TeamId.generate(RANDOM);
  private static final QuestionId ROLE = QuestionId.of("reporter-role");
  private static final QuestionId TYPE = QuestionId.of("incident-type");

  private static RoutingRule rule(QuestionId question, String option, TeamId team) {
    return new RoutingRule(question, OptionId.of(option), team);
  }

  private static Answers answers(String role, String... types) {
    return new Answers(
        Map.of(
            ROLE, new Answer.SingleChoice(OptionId.of(role)),
            TYPE, new Answer.MultipleChoice(List.of(types).stream().map(OptionId::of).toList())));
  }

  private final Routing routing =
      new Routing(
          List.of(
              rule(TYPE, "hate-incident", EDI),
              rule(ROLE, "staff", HR),
              rule(ROLE, "student", SUPPORT)),
          Optional.of(SUPPORT));

  @Test
  void the_first_matching_rule_wins() {
    assertThat(routing.teamFor(answers("staff", "bullying", "hate-incident"))).contains(EDI);
    assertThat(routing.teamFor(answers("staff", "bullying"))).contains(HR);
  }

  @Test
  void a_multiple_choice_answer_matches_on_any_option_chosen() {
    assertThat(routing.teamFor(answers("visitor", "bullying", "hate-incident"))).contains(EDI);
  }

  @Test
  void a_report_no_rule_matches_goes_to_the_default_team_or_to_none() {
    assertThat(routing.teamFor(answers("visitor", "bullying"))).contains(SUPPORT);
    assertThat(Routing.none().teamFor(answers("staff", "bullying"))).isEmpty();
  }

  @Test
  void a_routing_names_the_teams_of_its_rules_and_its_default() {
    assertThat(routing.names(HR)).isTrue();
    assertThat(routing.names(SUPPORT)).isTrue();
    assertThat(Routing.none().names(HR)).isFalse();
  }

  @Test
  void too_many_rules_are_refused() {
    var rules = Collections.nCopies(Routing.MAX_RULES + 1, rule(ROLE, "staff", HR));

    assertThatThrownBy(() -> new Routing(rules, Optional.empty()))
        .hasMessageContaining("at most " + Routing.MAX_RULES);
  }

  @Test
  void a_team_name_must_be_trimmed_not_blank_and_not_too_long() {
    assertThat(Team.nameProblem("Student Support")).isEmpty();
    assertThat(Team.nameProblem(" ")).contains("name must not be blank");
    assertThat(Team.nameProblem(" HR")).contains("name must not start or end with spaces");
    assertThat(Team.nameProblem("x".repeat(Team.MAX_NAME + 1)))
        .contains("name must be at most 80 characters");
    assertThatThrownBy(() -> new Team(HR, "", Set.of())).hasMessageContaining("name");
  }
}
