package org.confide.domain.calendar;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidayTest {

  @Test
  void blank_name_is_rejected_naming_the_field() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PublicHoliday(LocalDate.of(2026, 12, 25), " "))
        .withMessageContaining("name");
  }

  @Test
  void name_longer_than_one_hundred_characters_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PublicHoliday(LocalDate.of(2026, 12, 25), "x".repeat(101)))
        .withMessageContaining("name");
  }

  @Test
  void a_control_character_or_nul_in_the_name_is_rejected() {
    for (var name : new String[] {"Christmas\u0000", "Boxing\u001b[31m Day"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new PublicHoliday(LocalDate.of(2026, 12, 25), name))
          .withMessageContaining("control characters");
    }
  }
}
