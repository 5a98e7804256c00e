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
    void singleDayClosureIsAccepted() {
      assertThat(new ClosurePeriod(FIRST, FIRST, "Closed today.").contains(FIRST)).isTrue();
    }

    @Test
    void lastDayBeforeFirstDayIsRejectedNamingBothFields() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClosurePeriod(LAST, FIRST, "Closed."))
          .withMessageContaining("lastDay")
          .withMessageContaining("firstDay");
    }

    @Test
    void blankNoticeIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClosurePeriod(FIRST, LAST, "  "))
          .withMessageContaining("notice");
    }

    @Test
    void aControlCharacterOrNulInTheNoticeIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClosurePeriod(FIRST, LAST, "Closed\u0000 until January"))
          .withMessageContaining("control characters");
    }

    @Test
    void noticeLongerThanFiveHundredCharactersIsRejected() {
      assertThat(new ClosurePeriod(FIRST, LAST, "x".repeat(500)).notice()).hasSize(500);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ClosurePeriod(FIRST, LAST, "x".repeat(501)))
          .withMessageContaining("notice")
          .withMessageContaining("500");
    }

    @Test
    void missingDayIsRejectedNamingTheField() {
      assertThatNullPointerException()
          .isThrownBy(() -> new ClosurePeriod(null, LAST, "Closed."))
          .withMessageContaining("firstDay");
    }
  }

  @Nested
  class Days {

    private final ClosurePeriod winter = new ClosurePeriod(FIRST, LAST, "Closed.");

    @Test
    void containsBothEndsAndNothingOutside() {
      assertThat(winter.contains(FIRST)).isTrue();
      assertThat(winter.contains(LAST)).isTrue();
      assertThat(winter.contains(FIRST.minusDays(1))).isFalse();
      assertThat(winter.contains(LAST.plusDays(1))).isFalse();
    }

    @Test
    void overlapsWhenSharingOneDayButNotWhenAdjacent() {
      assertThat(winter.overlaps(new ClosurePeriod(LAST, LAST.plusDays(3), "Closed."))).isTrue();
      assertThat(winter.overlaps(new ClosurePeriod(LAST.plusDays(1), LAST.plusDays(3), "Closed.")))
          .isFalse();
    }
  }
}
