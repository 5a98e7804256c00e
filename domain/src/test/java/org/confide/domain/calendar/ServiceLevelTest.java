package org.confide.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceLevelTest {

  @Nested
  class Valid {

    @Test
    void standard_is_three_working_days_with_acknowledgement_within_one() {
      assertThat(ServiceLevel.standard()).isEqualTo(new ServiceLevel(3, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 20})
    void response_targets_from_one_to_twenty_working_days_are_accepted(int days) {
      assertThat(new ServiceLevel(days, 1).responseTargetWorkingDays()).isEqualTo(days);
    }

    @Test
    void with_response_target_keeps_the_acknowledgement_target() {
      assertThat(ServiceLevel.standard().withResponseTarget(5)).isEqualTo(new ServiceLevel(5, 1));
    }
  }

  @Nested
  class Invalid {

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 21})
    void response_target_outside_one_to_twenty_is_rejected_naming_the_field(int days) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ServiceLevel(days, 1))
          .withMessageContaining("responseTargetWorkingDays")
          .withMessageContaining(String.valueOf(days));
    }

    @Test
    void acknowledgement_target_below_one_is_rejected_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ServiceLevel(3, 0))
          .withMessageContaining("escalationAcknowledgementWorkingDays");
    }

    @Test
    void acknowledgement_slower_than_the_response_target_is_rejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ServiceLevel(2, 3))
          .withMessageContaining("escalationAcknowledgementWorkingDays");
    }
  }
}
