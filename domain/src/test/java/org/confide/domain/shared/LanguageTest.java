package org.confide.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void a_language_is_two_or_three_lower_case_letters() {
    assertThat(new Language("cy").tag()).isEqualTo("cy");
    assertThat(new Language("gla").locale()).isEqualTo(Locale.forLanguageTag("gla"));
    for (var wrong : new String[] {"", "c", "CY", "cy-GB", "en_GB", "abcd", "c1"}) {
      assertThatThrownBy(() -> new Language(wrong))
          .as(wrong)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("two or three lower-case letters");
    }
  }

  @Test
  void what_a_request_asks_for_is_a_language_only_when_well_formed() {
    assertThat(Language.parse("cy")).contains(Language.WELSH);
    assertThat(Language.parse("CY")).isEmpty();
    assertThat(Language.parse("<script>")).isEmpty();
    assertThat(Language.parse(null)).isEmpty();
  }

  @Test
  void welsh_dates_are_written_in_welsh() {
    assertThat(
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", Language.WELSH.locale())
                .format(java.time.LocalDate.of(2026, 12, 24)))
        .isEqualTo("Dydd Iau 24 Rhagfyr");
  }
}
