package org.confide.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

  @Nested
  class Accepting {

    @Test
    void the_account_is_trimmed() {
      assertThat(new Account("\n  It happened on Tuesday.  \n").text())
          .isEqualTo("It happened on Tuesday.");
    }

    @Test
    void line_breaks_and_tabs_inside_are_kept() {
      var text = "First paragraph.\r\n\r\n\tSecond paragraph.";

      assertThat(new Account(text).text()).isEqualTo(text);
    }

    @Test
    void an_account_of_exactly_the_maximum_length_is_accepted() {
      var text = "a".repeat(Account.MAX_LENGTH);

      assertThat(new Account(text).text()).hasSize(20_000);
    }

    @Test
    void the_maximum_counts_characters_not_utf16_units() {
      var emoji = "\uD83D\uDE00".repeat(Account.MAX_LENGTH);

      assertThat(new Account(emoji).text()).isEqualTo(emoji);
    }
  }

  @Nested
  class Refusing {

    @Test
    void null_is_refused_naming_the_field() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new Account(null))
          .withMessage("account must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void a_blank_account_is_refused(String text) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new Account(text))
          .withMessage("account must not be blank");
    }

    @Test
    void an_account_one_character_too_long_is_refused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new Account("a".repeat(Account.MAX_LENGTH + 1)))
          .withMessage("account must be at most 20000 characters");
    }

    @Test
    void a_control_character_is_refused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new Account("bell\u0007 in the middle"))
          .withMessage("account must not contain control characters");
    }
  }

  @Nested
  class Printing {

    @Test
    void to_string_gives_the_length_and_never_the_words() {
      var account = new Account("My tutor followed me home");

      assertThat(account.toString())
          .isEqualTo("Account[25 characters]")
          .doesNotContain("tutor")
          .doesNotContain("home");
    }
  }
}
