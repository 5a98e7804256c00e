package org.confide.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

  private static final String EMOJI = "\uD83D\uDE00";

  @Nested
  class Problem {

    @Test
    void ordinary_text_has_no_problem() {
      assertThat(FreeText.problem("It happened near the library.", 100)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t\r", "\u2003"})
    void blank_text_must_not_be_blank(String text) {
      assertThat(FreeText.problem(text, 100)).contains("must not be blank");
    }

    @Test
    void text_of_exactly_the_maximum_length_is_fine_and_one_more_is_not() {
      assertThat(FreeText.problem("a".repeat(10), 10)).isEmpty();
      assertThat(FreeText.problem("a".repeat(11), 10)).contains("must be at most 10 characters");
    }

    @Test
    void an_emoji_counts_as_one_character() {
      var tenEmoji = EMOJI.repeat(10);

      assertThat(tenEmoji).hasSize(20);
      assertThat(FreeText.problem(tenEmoji, 10)).isEmpty();
      assertThat(FreeText.problem(tenEmoji + "a", 10)).contains("must be at most 10 characters");
    }

    @Test
    void line_breaks_and_tabs_are_allowed() {
      assertThat(FreeText.problem("line one\nline two\r\nand\ta tab", 100)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"\u0000", "\u0007", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009F"})
    void other_control_characters_are_refused(String control) {
      assertThat(FreeText.problem("before" + control + "after", 100))
          .contains("must not contain control characters");
    }

    @Test
    void the_problem_never_quotes_the_text() {
      assertThat(FreeText.problem("private\u0000words", 100))
          .get()
          .asString()
          .doesNotContain("private");
      assertThat(FreeText.problem("private words", 3)).get().asString().doesNotContain("private");
    }
  }

  @Nested
  class Require {

    @Test
    void returns_the_text_trimmed() {
      assertThat(FreeText.require("note", "  a note \n", 100)).isEqualTo("a note");
    }

    @Test
    void trims_before_measuring() {
      assertThat(FreeText.require("note", "   abc   ", 3)).isEqualTo("abc");
    }

    @Test
    void null_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FreeText.require("note", null, 100))
          .withMessage("note must not be null");
    }

    @Test
    void blank_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FreeText.require("note", " \n ", 100))
          .withMessage("note must not be blank");
    }

    @Test
    void too_long_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FreeText.require("note", "abcd", 3))
          .withMessage("note must be at most 3 characters");
    }

    @Test
    void emoji_count_once_when_required_too() {
      assertThat(FreeText.require("note", EMOJI.repeat(3), 3)).isEqualTo(EMOJI.repeat(3));
    }

    @Test
    void a_control_character_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FreeText.require("note", "a\u0000b", 100))
          .withMessage("note must not contain control characters");
    }
  }
}
