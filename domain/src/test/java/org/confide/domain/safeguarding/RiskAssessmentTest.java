package org.confide.domain.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskAssessmentTest {

  @Test
  void none_has_no_reasons() {
    assertThat(RiskAssessment.none().level()).isEqualTo(RiskLevel.NONE);
    assertThat(RiskAssessment.none().reasons()).isEmpty();
    assertThat(RiskAssessment.none().isUrgent()).isFalse();
  }

  @Test
  void a_level_above_none_needs_a_reason() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RiskAssessment(RiskLevel.CONCERN, List.of()))
        .withMessageContaining("level");
  }

  @Test
  void none_may_not_have_a_reason() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RiskAssessment(RiskLevel.NONE, List.of(RiskReason.SERIOUS_HARM)))
        .withMessageContaining("level");
  }

  @Test
  void reasons_do_not_repeat() {
    assertThatIllegalArgumentException()
        .isThrownBy(() ->
            new RiskAssessment(
                RiskLevel.CONCERN, List.of(RiskReason.SERIOUS_HARM, RiskReason.SERIOUS_HARM)))
        .withMessageContaining("reasons");
  }

  @Test
  void urgent_is_urgent() {
    assertThat(new RiskAssessment(RiskLevel.URGENT, List.of(RiskReason.UNDER_18)).isUrgent())
        .isTrue();
  }

  @Test
  void levels_are_ordered() {
    assertThat(RiskLevel.NONE.atLeast(RiskLevel.CONCERN)).isEqualTo(RiskLevel.CONCERN);
    assertThat(RiskLevel.URGENT.atLeast(RiskLevel.CONCERN)).isEqualTo(RiskLevel.URGENT);
    assertThat(RiskLevel.values())
        .containsExactly(RiskLevel.NONE, RiskLevel.CONCERN, RiskLevel.URGENT);
  }

  @Test
  void every_reason_has_a_description() {
    assertThat(RiskReason.values())
        .allSatisfy(reason -> assertThat(reason.description()).isNotBlank());
  }
}
