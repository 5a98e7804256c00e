package org.confide.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportRequestTest {

  @Nested
  class Preference {

    @Test
    void a_preference_is_kept_trimmed() {
      assertThat(new SupportRequest(Optional.of("  someone who is LGBTQ+ ")).adviserPreference())
          .contains("someone who is LGBTQ+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void a_blank_preference_counts_as_none(String blank) {
      assertThat(new SupportRequest(Optional.of(blank)))
          .isEqualTo(SupportRequest.withoutPreference());
    }

    @Test
    void without_preference_has_none() {
      assertThat(SupportRequest.withoutPreference().adviserPreference()).isEmpty();
    }

    @Test
    void a_preference_of_exactly_the_maximum_length_is_accepted() {
      var text = "a".repeat(SupportRequest.MAX_PREFERENCE_LENGTH);

      assertThat(new SupportRequest(Optional.of(text)).adviserPreference()).contains(text);
    }

    @Test
    void a_preference_one_character_too_long_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() ->
              new SupportRequest(Optional.of("a".repeat(SupportRequest.MAX_PREFERENCE_LENGTH + 1))))
          .withMessage("support.adviserPreference must be at most 500 characters");
    }

    @Test
    void a_preference_with_a_control_character_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new SupportRequest(Optional.of("a\u001Bwoman")))
          .withMessage("support.adviserPreference must not contain control characters");
    }

    @Test
    void null_instead_of_an_optional_is_refused() {
      assertThatNullPointerException()
          .isThrownBy(() -> new SupportRequest(null))
          .withMessageContaining("adviser preference");
    }
  }

  @Nested
  class Printing {

    @Test
    void to_string_says_whether_there_is_a_preference_but_not_what_it_is() {
      assertThat(new SupportRequest(Optional.of("a woman")).toString())
          .isEqualTo("SupportRequest[with preference]")
          .doesNotContain("woman");
      assertThat(SupportRequest.withoutPreference().toString())
          .isEqualTo("SupportRequest[no preference]");
    }
  }
}
