package org.confide.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {

  private static final OptionId HARASSMENT = OptionId.of("harassment");
  private static final OptionId STALKING = OptionId.of("stalking");

  @Test
  void a_single_choice_chose_its_one_option_only() {
    var answer = new Answer.SingleChoice(HARASSMENT);

    assertThat(answer.chose(HARASSMENT)).isTrue();
    assertThat(answer.chose(STALKING)).isFalse();
  }

  @Test
  void a_multiple_choice_chose_each_of_its_options_and_no_other() {
    var answer = new Answer.MultipleChoice(List.of(HARASSMENT, STALKING));

    assertThat(answer.chose(HARASSMENT)).isTrue();
    assertThat(answer.chose(STALKING)).isTrue();
    assertThat(answer.chose(OptionId.of("bullying"))).isFalse();
  }

  @Test
  void answers_of_other_kinds_chose_no_option() {
    List<Answer> others =
        List.of(
            new Answer.Date(LocalDate.of(2026, 11, 2)),
            new Answer.Month(YearMonth.of(2026, 10)),
            new Answer.MoreThanAYearAgo(),
            new Answer.Text("harassment"));

    assertThat(others).noneMatch(answer -> answer.chose(HARASSMENT));
  }

  @Test
  void a_multiple_choice_refuses_an_option_twice_and_none_at_all() {
    assertThatThrownBy(() -> new Answer.MultipleChoice(List.of(STALKING, HARASSMENT, STALKING)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("options must not repeat an option");
    assertThatThrownBy(() -> new Answer.MultipleChoice(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("options must name at least one option");
  }
}
