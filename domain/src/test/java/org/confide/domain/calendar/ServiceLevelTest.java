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
    void standardIsThreeWorkingDaysWithAcknowledgementWithinOne() {
      assertThat(ServiceLevel.standard()).isEqualTo(new ServiceLevel(3, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 20})
    void responseTargetsFromOneToTwentyWorkingDaysAreAccepted(int days) {
      assertThat(new ServiceLevel(days, 1).responseTargetWorkingDays()).isEqualTo(days);
    }

    @Test
    void withResponseTargetKeepsTheAcknowledgementTarget() {
      assertThat(ServiceLevel.standard().withResponseTarget(5)).isEqualTo(new ServiceLevel(5, 1));
    }
  }

  @Nested
  class Invalid {

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 21})
    void responseTargetOutsideOneToTwentyIsRejectedNamingTheField(int days) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ServiceLevel(days, 1))
          .withMessageContaining("responseTargetWorkingDays")
          .withMessageContaining(String.valueOf(days));
    }

    @Test
    void acknowledgementTargetBelowOneIsRejectedNamingTheField() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ServiceLevel(3, 0))
          .withMessageContaining("escalationAcknowledgementWorkingDays");
    }

    @Test
    void acknowledgementSlowerThanTheResponseTargetIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ServiceLevel(2, 3))
          .withMessageContaining("escalationAcknowledgementWorkingDays");
    }
  }
}
