package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.confide.domain.questionnaire.QuestionnaireChange.DroppedSignal;
import org.confide.domain.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class QuestionnaireChangeTest {

  private static final Questionnaire STANDARD = DefaultQuestionnaire.standard();

  private static Questionnaire replacing(String id, Question replacement) {
    var questions = new ArrayList<Question>();
    for (var question : STANDARD.questions()) {
      if (!question.id().value().equals(id)) {
        questions.add(question);
      } else if (replacement != null) {
        questions.add(replacement);
      }
    }
    return Questionnaire.of(QuestionnaireVersion.of(2), questions);
  }

  @Test
  void the_same_questions_change_nothing_that_matters() {
    var change =
        new QuestionnaireChange(
            STANDARD, Questionnaire.of(QuestionnaireVersion.of(2), STANDARD.questions()));

    assertThat(change.stableQuestionProblems()).isEmpty();
    assertThat(change.droppedSignals()).isEmpty();
  }

  @Test
  void every_stable_id_the_code_reads_is_in_the_default() {
    assertThat(QuestionnaireChange.STABLE_IDS)
        .allSatisfy(id -> assertThat(STANDARD.question(id)).isPresent());
  }

  @Test
  void a_dropped_stable_question_is_named_and_a_dropped_other_one_is_not() {
    assertThat(
            new QuestionnaireChange(STANDARD, replacing("impact", null)).stableQuestionProblems())
        .isEmpty();

    var problems =
        new QuestionnaireChange(STANDARD, replacing("where", null)).stableQuestionProblems();

    assertThat(problems).extracting(FieldProblem::field).containsExactly("questions");
    assertThat(problems.getFirst().message()).contains("\"where\"");
  }

  @Test
  void a_stable_question_asked_as_another_kind_is_named_by_its_kind() {
    var asDate = Question.date("named-person", "When did you learn their name?", false);

    var problems =
        new QuestionnaireChange(STANDARD, replacing("named-person", asDate))
            .stableQuestionProblems();

    assertThat(problems).extracting(FieldProblem::field).containsExactly("questions[12].kind");
  }

  @Test
  void an_option_gone_or_signalling_something_else_or_nothing_drops_its_signal() {
    var danger =
        Question.singleChoice(
            "immediate-danger", "In danger?", true, List.of(Option.of("no", "No")));
    var threats =
        Question.singleChoice(
            "threats-made",
            "Threats?",
            false,
            List.of(Option.of("yes", "Yes", SafeguardingSignal.IMMEDIATE_DANGER)));
    var changed = replacing("threats-made", threats);
    var both =
        new QuestionnaireChange(
            STANDARD,
            Questionnaire.of(
                QuestionnaireVersion.of(2),
                changed.questions().stream()
                    .map(q -> q.id().value().equals("immediate-danger") ? danger : q)
                    .toList()));

    assertThat(both.droppedSignals())
        .containsExactly(
            new DroppedSignal(
                QuestionId.of("immediate-danger"),
                OptionId.of("yes"),
                SafeguardingSignal.IMMEDIATE_DANGER),
            new DroppedSignal(
                QuestionId.of("threats-made"),
                OptionId.of("yes"),
                SafeguardingSignal.SERIOUS_HARM));
  }

  @Test
  void a_signal_added_drops_nothing() {
    var more =
        Question.singleChoice(
            "affected-person",
            "Who?",
            true,
            List.of(Option.of("me", "Me", SafeguardingSignal.SERIOUS_HARM)));

    assertThat(
            new QuestionnaireChange(STANDARD, replacing("affected-person", more)).droppedSignals())
        .isEmpty();
  }
}
