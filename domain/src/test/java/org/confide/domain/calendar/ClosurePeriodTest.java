package org.confide.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClosurePeriodTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 12, 20);
  private static final LocalDate LAST = LocalDate.of(2027, 1, 2);

  @Nested
  class Validation {

    @Test
    void single_day_closure_is_accepted() {
      assertThat(new ClosurePeriod(FIRST, FIRST, "Closed today.").contains(FIRST)).isTrue();
    }

    @Test
    void last_day_before_first_day_is_rejected_naming_both_fields() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClosurePeriod(LAST, FIRST, "Closed."))
          .withMessageContaining("lastDay")
          .withMessageContaining("firstDay");
    }

    @Test
    void blank_notice_is_rejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClosurePeriod(FIRST, LAST, "  "))
          .withMessageContaining("notice");
    }

    @Test
    void a_control_character_or_nul_in_the_notice_is_rejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClosurePeriod(FIRST, LAST, "Closed\u0000 until January"))
          .withMessageContaining("control characters");
    }

    @Test
    void notice_longer_than_five_hundred_characters_is_rejected() {
      assertThat(new ClosurePeriod(FIRST, LAST, "x".repeat(500)).notice()).hasSize(500);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClosurePeriod(FIRST, LAST, "x".repeat(501)))
          .withMessageContaining("notice")
          .withMessageContaining("500");
    }

    @Test
    void missing_day_is_rejected_naming_the_field() {
      assertThatNullPointerException()
          .isThrownBy(() -> new ClosurePeriod(null, LAST, "Closed."))
          .withMessageContaining("firstDay");
    }
  }

  @Nested
  class Days {

    private final ClosurePeriod winter = new ClosurePeriod(FIRST, LAST, "Closed.");

    @Test
    void contains_both_ends_and_nothing_outside() {
      assertThat(winter.contains(FIRST)).isTrue();
      assertThat(winter.contains(LAST)).isTrue();
      assertThat(winter.contains(FIRST.minusDays(1))).isFalse();
      assertThat(winter.contains(LAST.plusDays(1))).isFalse();
    }

    @Test
    void overlaps_when_sharing_one_day_but_not_when_adjacent() {
      assertThat(winter.overlaps(new ClosurePeriod(LAST, LAST.plusDays(3), "Closed."))).isTrue();
      assertThat(winter.overlaps(new ClosurePeriod(LAST.plusDays(1), LAST.plusDays(3), "Closed.")))
          .isFalse();
    }
  }
}
