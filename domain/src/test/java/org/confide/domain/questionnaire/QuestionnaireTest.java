package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

  static final Question WHEN = Question.date("when", "When?", false);
  static final Question WHO = Question.text("who", "Who?", false);

  @Test
  void keeps_questions_in_order_and_finds_them_by_id() {
    var questionnaire = Questionnaire.of(QuestionnaireVersion.of(2), List.of(WHO, WHEN));

    assertThat(questionnaire.version()).isEqualTo(QuestionnaireVersion.of(2));
    assertThat(questionnaire.questions()).containsExactly(WHO, WHEN);
    assertThat(questionnaire.question(QuestionId.of("when"))).contains(WHEN);
    assertThat(questionnaire.question(QuestionId.of("where"))).isEmpty();
  }

  @Test
  void question_ids_are_unique() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Questionnaire.of(QuestionnaireVersion.of(1), List.of(WHEN, WHEN)))
        .withMessageContaining("repeat the question id when");
  }

  @Test
  void needs_a_question() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Questionnaire.of(QuestionnaireVersion.of(1), List.of()))
        .withMessageContaining("questions");
  }

  @Test
  void equal_when_version_and_questions_are_equal() {
    assertThat(Questionnaire.of(QuestionnaireVersion.of(1), List.of(WHEN)))
        .isEqualTo(Questionnaire.of(QuestionnaireVersion.of(1), List.of(WHEN)))
        .hasSameHashCodeAs(Questionnaire.of(QuestionnaireVersion.of(1), List.of(WHEN)))
        .isNotEqualTo(Questionnaire.of(QuestionnaireVersion.of(2), List.of(WHEN)));
  }

  @Test
  void raw_answers_do_not_print_what_was_written() {
    assertThat(RawAnswer.of("Sam Smith")).asString().doesNotContain("Sam");
    assertThat(RawAnswer.of("Sam", "Smith")).asString().doesNotContain("Sam");
  }
}
