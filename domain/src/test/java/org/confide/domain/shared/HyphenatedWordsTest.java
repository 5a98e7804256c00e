package org.confide.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written check of ids and keys accepts exactly what the regular expression it replaced
 * accepted, so that no stored id or key changes meaning.
 */
class HyphenatedWordsTest {

  private static final Pattern REPLACED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @ParameterizedTest
  @ValueSource(strings = {"a", "on-campus", "under-18", "2024", "a-b-c-d", "x9-y8"})
  void accepts_lower_case_words_joined_by_single_hyphens(String text) {
    assertThat(HyphenatedWords.fit(text, 64)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-", "-a", "a-", "a--b", "A", "on_campus", "on campus", "caf\u00e9", "a\n"})
  void refuses_anything_else(String text) {
    assertThat(HyphenatedWords.fit(text, 64)).isFalse();
  }

  @Test
  void counts_the_length_limit_in_characters() {
    assertThat(HyphenatedWords.fit("a".repeat(64), 64)).isTrue();
    assertThat(HyphenatedWords.fit("a".repeat(65), 64)).isFalse();
    assertThat(HyphenatedWords.fit("ab-cd", 5)).isTrue();
    assertThat(HyphenatedWords.fit("ab-cd", 4)).isFalse();
  }

  @Test
  void agrees_with_the_regular_expression_on_a_hundred_thousand_random_texts() {
    var random = new Random(18);
    var alphabet = "ab09-Z_ -\u00e9";
    for (int n = 0; n < 100_000; n++) {
      var text = new StringBuilder();
      int length = random.nextInt(8);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      var written = text.toString();
      assertThat(HyphenatedWords.fit(written, 64))
          .as("'%s'", written)
          .isEqualTo(REPLACED.matcher(written).matches());
    }
  }
}
