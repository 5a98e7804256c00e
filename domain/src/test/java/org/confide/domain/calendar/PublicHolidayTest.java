package org.confide.domain.calendar;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidayTest {

  @Test
  void blankNameIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PublicHoliday(LocalDate.of(2026, 12, 25), " "))
        .withMessageContaining("name");
  }

  @Test
  void nameLongerThanOneHundredCharactersIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PublicHoliday(LocalDate.of(2026, 12, 25), "x".repeat(101)))
        .withMessageContaining("name");
  }

  @Test
  void aControlCharacterOrNulInTheNameIsRejected() {
    for (var name : new String[] {"Christmas\u0000", "Boxing\u001b[31m Day"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new PublicHoliday(LocalDate.of(2026, 12, 25), name))
          .withMessageContaining("control characters");
    }
  }
}
