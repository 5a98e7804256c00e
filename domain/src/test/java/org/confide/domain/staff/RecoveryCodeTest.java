package org.confide.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodeTest {

  @Test
  void a_code_has_ten_symbols_shown_in_two_groups_of_five() {
    var code = RecoveryCode.generate(new Random(7));

    assertThat(code.canonical()).hasSize(10).matches("[0-9A-HJKMNP-TV-Z]{10}");
    assertThat(code.display()).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
  }

  @Test
  void a_code_is_read_back_however_it_is_typed() {
    var code = RecoveryCode.generate(new Random(7));
    var typed = " " + code.display().toLowerCase() + " ";

    assertThat(RecoveryCode.parse(typed)).contains(code);
    assertThat(RecoveryCode.parse(code.canonical())).contains(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "123456", "ABCDE-FGHJ", "ABCDE-FGHJKM", "ABCDE-FGHJU", "ABCDE-FGH!K"})
  void anything_else_is_not_a_code(String typed) {
    assertThat(RecoveryCode.parse(typed)).isEmpty();
  }

  @Test
  void nothing_and_overlong_text_are_not_codes() {
    assertThat(RecoveryCode.parse(null)).isEmpty();
    assertThat(RecoveryCode.parse(" ".repeat(65) + "ABCDEFGHJK")).isEmpty();
  }

  @Test
  void to_string_never_shows_the_code() {
    assertThat(RecoveryCode.generate(new Random(7)).toString()).isEqualTo("RecoveryCode[hidden]");
  }
}
