package org.confide.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrockfordTest {

  @Nested
  class Alphabet {

    @Test
    void has_32_distinct_symbols_without_i_l_o_or_u() {
      assertThat(Crockford.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
      assertThat(Crockford.ALPHABET.chars().distinct().count()).isEqualTo(32);
    }
  }

  @Nested
  class RandomSymbols {

    @Test
    void gives_the_requested_number_of_canonical_symbols() {
      var symbols = Crockford.randomSymbols(new Random(1), 16);

      assertThat(symbols).hasSize(16);
      assertThat(Crockford.isCanonical(symbols)).isTrue();
    }

    @Test
    void the_same_seed_gives_the_same_symbols() {
      assertThat(Crockford.randomSymbols(new Random(1), 20))
          .isEqualTo(Crockford.randomSymbols(new Random(1), 20));
      assertThat(Crockford.randomSymbols(new Random(1), 20))
          .isNotEqualTo(Crockford.randomSymbols(new Random(2), 20));
    }

    @Test
    void over_many_draws_every_symbol_appears() {
      var symbols = Crockford.randomSymbols(new Random(1), 10_000);

      var seen =
          symbols.chars().mapToObj(c -> (char) c).collect(Collectors.toCollection(HashSet::new));

      assertThat(seen).hasSize(32);
    }

    @Test
    void a_single_symbol_is_allowed() {
      assertThat(Crockford.randomSymbols(new Random(1), 1)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void a_length_below_one_is_refused(int length) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Crockford.randomSymbols(new Random(1), length))
          .withMessageContaining("length");
    }
  }

  @Nested
  class Normalise {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(
        delimiter = '|',
        value = {
          "abcd-efgh    | ABCDEFGH",
          "ABCD EFGH    | ABCDEFGH",
          "O0o          | 000",
          "IiLl1        | 11111",
          "'  a-b-c  '  | ABC",
          "ZZZZ         | ZZZZ"
        })
    void reads_what_a_person_typed(String typed, String expected) {
      assertThat(Crockford.normalise(typed)).isEqualTo(expected);
    }

    @Test
    void tabs_are_ignored_too() {
      assertThat(Crockford.normalise("AB\tCD")).isEqualTo("ABCD");
    }

    @Test
    void keeps_other_characters_so_that_they_can_be_rejected() {
      var normalised = Crockford.normalise("ab!u");

      assertThat(normalised).isEqualTo("AB!U");
      assertThat(Crockford.isCanonical(normalised)).isFalse();
    }

    @Test
    void is_idempotent_on_canonical_text() {
      var canonical = Crockford.randomSymbols(new Random(1), 32);

      assertThat(Crockford.normalise(canonical)).isEqualTo(canonical);
    }
  }

  @Nested
  class IsCanonical {

    @Test
    void the_whole_alphabet_is_canonical() {
      assertThat(Crockford.isCanonical(Crockford.ALPHABET)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "ABCI", "ABCL", "ABCO", "ABCU", "AB-CD", "AB CD", "ÄBC"})
    void lower_case_confusable_letters_and_separators_are_not(String text) {
      assertThat(Crockford.isCanonical(text)).isFalse();
    }
  }
}
