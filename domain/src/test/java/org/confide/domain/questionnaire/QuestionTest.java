package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionTest {

  static final List<Option> OPTIONS = List.of(Option.of("yes", "Yes"), Option.of("no", "No"));

  @Nested
  class Options {

    @Test
    void a_choice_question_offers_its_options_in_order() {
      var question = Question.singleChoice("q", "Question?", true, OPTIONS);

      assertThat(question.options())
          .extracting(option -> option.label().first())
          .containsExactly("Yes", "No");
      assertThat(question.option(OptionId.of("no"))).contains(OPTIONS.get(1));
      assertThat(question.option(OptionId.of("maybe"))).isEmpty();
    }

    @Test
    void a_choice_question_needs_an_option() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Question.multipleChoice("q", "Question?", true, List.of()))
          .withMessageContaining("options");
    }

    @Test
    void option_ids_are_unique() {
      assertThatIllegalArgumentException()
          .isThrownBy(() ->
              Question.singleChoice(
                  "q", "Question?", true, List.of(Option.of("a", "A"), Option.of("a", "B"))))
          .withMessageContaining("repeat the option id a");
    }

    @Test
    void a_date_or_text_question_has_no_options() {
      assertThatIllegalArgumentException()
          .isThrownBy(() ->
              new Question(
                  QuestionId.of("q"),
                  Words.of("Question?"),
                  QuestionKind.DATE,
                  false,
                  OPTIONS,
                  Optional.empty(),
                  OptionalInt.empty()))
          .withMessageContaining("options");
    }

    @Test
    void an_option_label_is_trimmed_and_not_blank() {
      assertThat(Option.of("a", "  A ").label()).isEqualTo(Words.of("A"));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Option.of("a", " "))
          .withMessageContaining("option label");
    }

    @Test
    void an_option_may_carry_a_signal() {
      assertThat(Option.of("yes", "Yes", SafeguardingSignal.UNDER_18).signal())
          .contains(SafeguardingSignal.UNDER_18);
      assertThat(Option.of("no", "No").signal()).isEmpty();
    }
  }

  @Nested
  class MaxLength {

    @Test
    void a_text_question_defaults_to_2000() {
      assertThat(Question.text("q", "Question?", false).maxLength()).hasValue(2000);
    }

    @Test
    void a_text_question_may_allow_up_to_10000() {
      assertThat(Question.text("q", "Question?", false).withMaxLength(10_000).maxLength())
          .hasValue(10_000);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Question.text("q", "Question?", false).withMaxLength(10_001))
          .withMessageContaining("maxLength");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Question.text("q", "Question?", false).withMaxLength(0))
          .withMessageContaining("maxLength");
    }

    @Test
    void only_a_text_question_has_one() {
      assertThat(Question.date("q", "Question?", false).maxLength()).isEmpty();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Question.date("q", "Question?", false).withMaxLength(100))
          .withMessageContaining("only text questions");
    }
  }

  @Nested
  class Wording {

    @Test
    void text_and_hint_are_trimmed() {
      var question = Question.date("q", " When? ", false).withHint(" Roughly is fine. ");

      assertThat(question.text()).isEqualTo(Words.of("When?"));
      assertThat(question.hint()).contains(Words.of("Roughly is fine."));
    }

    @Test
    void text_must_not_be_blank() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Question.date("q", "  ", false))
          .withMessageContaining("question text");
    }

    @Test
    void hint_must_not_be_blank() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Question.date("q", "When?", false).withHint(""))
          .withMessageContaining("question hint");
    }
  }
}
