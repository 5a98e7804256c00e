package org.confide.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.Crockford;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessCodeTest {

  private static final AccessCode CODE = parsed("7K3M-9QRT-V2XZ-04HJ");

  private static AccessCode parsed(String typed) {
    return switch (AccessCode.parse(typed)) {
      case AccessCodeParse.Parsed parsed -> parsed.code();
      case AccessCodeParse.Malformed malformed ->
          throw new AssertionError("malformed: " + malformed.reason());
    };
  }

  private static String malformedReason(String typed) {
    return switch (AccessCode.parse(typed)) {
      case AccessCodeParse.Parsed parsed -> throw new AssertionError("parsed " + typed);
      case AccessCodeParse.Malformed malformed -> malformed.reason();
    };
  }

  @Nested
  class Generating {

    @Test
    void a_seeded_random_gives_sixteen_symbols_of_the_crockford_alphabet() {
      var code = AccessCode.generate(new Random(42));

      assertThat(code.canonical()).hasSize(16);
      assertThat(Crockford.isCanonical(code.canonical())).isTrue();
    }

    @Test
    void a_splittable_random_gives_sixteen_symbols_of_the_crockford_alphabet() {
      var code = AccessCode.generate(new SplittableRandom(7));

      assertThat(code.canonical()).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
    }

    @Test
    void the_same_seed_gives_the_same_code() {
      assertThat(AccessCode.generate(new Random(42)))
          .isEqualTo(AccessCode.generate(new Random(42)));
    }

    @Test
    void ten_thousand_codes_are_all_different() {
      RandomGenerator random = new SplittableRandom(1);
      var seen = new HashSet<String>();
      for (int i = 0; i < 10_000; i++) {
        seen.add(AccessCode.generate(random).canonical());
      }

      assertThat(seen).hasSize(10_000);
    }

    @Test
    void every_symbol_of_the_alphabet_turns_up() {
      var random = new Random(42);
      var symbols = new HashSet<Character>();
      for (int i = 0; i < 100; i++) {
        AccessCode.generate(random).canonical().chars().forEach(c -> symbols.add((char) c));
      }

      assertThat(symbols).hasSize(32);
    }
  }

  @Nested
  class Showing {

    @Test
    void display_groups_the_symbols_in_fours() {
      assertThat(CODE.display()).isEqualTo("7K3M-9QRT-V2XZ-04HJ");
    }

    @Test
    void canonical_is_the_sixteen_symbols_without_separators() {
      assertThat(CODE.canonical()).isEqualTo("7K3M9QRTV2XZ04HJ");
    }

    @Test
    void to_string_never_reveals_the_code() {
      assertThat(CODE.toString())
          .isEqualTo("AccessCode[hidden]")
          .doesNotContain("7K3M")
          .doesNotContain("04HJ");
      assertThat(new AccessCodeParse.Parsed(CODE).toString()).doesNotContain("7K3M");
    }
  }

  @Nested
  class Parsing {

    @Test
    void the_displayed_form_reads_back_as_the_same_code() {
      var code = AccessCode.generate(new Random(42));

      assertThat(parsed(code.display())).isEqualTo(code);
    }

    @Test
    void lower_case_is_accepted() {
      assertThat(parsed("7k3m9qrtv2xz04hj")).isEqualTo(CODE);
    }

    @Test
    void spaces_and_hyphens_anywhere_are_ignored() {
      assertThat(parsed("  7K3M 9QRT - V2XZ 04-HJ ")).isEqualTo(CODE);
    }

    @Test
    void surrounding_line_breaks_from_a_paste_are_ignored() {
      assertThat(parsed("7K3M9QRTV2XZ04HJ\n")).isEqualTo(CODE);
    }

    @Test
    void the_letter_o_is_read_as_zero() {
      assertThat(parsed("7K3M-9QRT-V2XZ-O4HJ")).isEqualTo(CODE);
      assertThat(parsed("7K3M-9QRT-V2XZ-o4HJ")).isEqualTo(CODE);
    }

    @Test
    void the_letters_i_and_l_are_read_as_one() {
      var withOne = parsed("1111-2222-3333-4444");

      assertThat(parsed("IlLi-2222-3333-4444")).isEqualTo(withOne);
    }

    @Test
    void fifteen_symbols_are_too_few() {
      assertThat(malformedReason("7K3M-9QRT-V2XZ-04H"))
          .isEqualTo("An access code has 16 letters and numbers");
    }

    @Test
    void seventeen_symbols_are_too_many() {
      assertThat(malformedReason("7K3M-9QRT-V2XZ-04HJ7"))
          .isEqualTo("An access code has 16 letters and numbers");
    }

    @Test
    void nothing_at_all_is_too_short() {
      assertThat(malformedReason("  ")).isEqualTo("An access code has 16 letters and numbers");
    }

    @Test
    void the_letter_u_is_never_part_of_a_code() {
      assertThat(malformedReason("7K3M-9QRT-V2XZ-04HU"))
          .isEqualTo("An access code never contains the letter U");
      assertThat(malformedReason("uK3M-9QRT-V2XZ-04HJ"))
          .isEqualTo("An access code never contains the letter U");
    }

    @Test
    void punctuation_is_refused() {
      assertThat(malformedReason("7K3M-9QRT-V2XZ-04H!"))
          .isEqualTo("An access code uses only letters and numbers");
    }

    @Test
    void letters_outside_the_latin_alphabet_are_refused() {
      assertThat(malformedReason("7K3M-9QRT-V2XZ-04Hé"))
          .isEqualTo("An access code uses only letters and numbers");
    }

    @Test
    void the_reason_never_repeats_what_was_typed() {
      assertThat(malformedReason("SECRET!")).doesNotContainIgnoringCase("secret");
    }
  }

  @Nested
  class Equality {

    @Test
    void codes_with_the_same_symbols_are_equal_with_equal_hash_codes() {
      var again = parsed("7k3m 9qrt v2xz 04hj");

      assertThat(again).isEqualTo(CODE).hasSameHashCodeAs(CODE);
    }

    @Test
    void codes_differing_in_one_symbol_are_not_equal() {
      assertThat(parsed("7K3M-9QRT-V2XZ-04HK")).isNotEqualTo(CODE);
      assertThat(parsed("8K3M-9QRT-V2XZ-04HJ")).isNotEqualTo(CODE);
    }

    @Test
    void a_code_is_not_equal_to_its_text() {
      assertThat(CODE).isNotEqualTo((Object) "7K3M9QRTV2XZ04HJ");
    }
  }

  @Nested
  class AppearingInText {

    @Test
    void the_displayed_form_inside_a_sentence_is_found() {
      assertThat(CODE.appearsIn("Hello, my code is 7K3M-9QRT-V2XZ-04HJ, can you help?")).isTrue();
    }

    @Test
    void lower_case_with_spaces_is_found() {
      assertThat(CODE.appearsIn("it's 7k3m 9qrt v2xz 04hj thanks")).isTrue();
    }

    @Test
    void hyphens_in_odd_places_are_found() {
      assertThat(CODE.appearsIn("code: 7-K-3-M9Q-RTV2X-Z04HJ")).isTrue();
    }

    @Test
    void the_code_split_over_lines_or_by_dots_is_found() {
      assertThat(CODE.appearsIn("7K3M.9QRT\nV2XZ/04HJ")).isTrue();
    }

    @Test
    void o_i_and_l_written_for_the_digits_are_found() {
      var code = parsed("1K3M-9QRT-V2XZ-04HJ");

      assertThat(code.appearsIn("Ik3m-9qrt-v2xz-o4hj")).isTrue();
      assertThat(code.appearsIn("lK3M-9QRT-V2XZ-O4HJ")).isTrue();
    }

    @Test
    void text_without_the_code_is_not_flagged() {
      assertThat(CODE.appearsIn("I was followed home after the seminar on Tuesday.")).isFalse();
    }

    @Test
    void part_of_the_code_is_not_flagged() {
      assertThat(CODE.appearsIn("7K3M-9QRT-V2XZ")).isFalse();
    }

    @Test
    void another_code_is_not_flagged() {
      assertThat(CODE.appearsIn("7K3M-9QRT-V2XZ-04HK")).isFalse();
    }
  }

  @Nested
  class FindingCandidates {

    @Test
    void a_code_written_in_a_message_is_among_the_candidates() {
      assertThat(AccessCode.candidatesIn("my code is 7k3m 9qrt-v2xz 04hj, please reply"))
          .contains(CODE);
    }

    @Test
    void every_candidate_is_itself_found_in_the_text() {
      var text = "my code is 7k3m 9qrt-v2xz 04hj, please reply";

      assertThat(AccessCode.candidatesIn(text)).allMatch(candidate -> candidate.appearsIn(text));
    }

    @Test
    void text_with_no_run_of_sixteen_symbols_has_no_candidates() {
      assertThat(AccessCode.candidatesIn("Thank you, that's useful.")).isEmpty();
      assertThat(AccessCode.candidatesIn("")).isEmpty();
    }

    @Test
    void a_u_breaks_a_run_of_symbols() {
      assertThat(AccessCode.candidatesIn("7K3M9QRTUV2XZ04HJ")).isEmpty();
    }

    @Test
    void a_longer_run_yields_each_window_once() {
      assertThat(AccessCode.candidatesIn("0123456789ABCDEFG u 0123456789ABCDEF"))
          .extracting(AccessCode::canonical)
          .containsExactly("0123456789ABCDEF", "123456789ABCDEFG");
    }
  }
}
