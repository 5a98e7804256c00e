package org.confide.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashSet;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportReferenceTest {

  @Nested
  class Generating {

    @Test
    void a_reference_is_ten_crockford_symbols() {
      var reference = ReportReference.generate(new Random(1));

      assertThat(reference.value()).hasSize(10);
      assertThat(Crockford.isCanonical(reference.value())).isTrue();
      assertThat(reference.value()).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void the_same_seed_gives_the_same_reference() {
      assertThat(ReportReference.generate(new Random(1)))
          .isEqualTo(ReportReference.generate(new Random(1)));
    }

    @Test
    void ten_thousand_references_are_all_different() {
      var random = new Random(1);
      var seen = new HashSet<ReportReference>();

      IntStream.range(0, 10_000).forEach(i -> seen.add(ReportReference.generate(random)));

      assertThat(seen).hasSize(10_000);
    }
  }

  @Nested
  class Showing {

    @Test
    void a_reference_is_shown_as_two_groups_of_five() {
      var reference = new ReportReference("ABCDE12345");

      assertThat(reference.display()).isEqualTo("ABCDE-12345");
      assertThat(reference.toString()).isEqualTo("ABCDE-12345");
    }

    @Test
    void every_generated_reference_displays_in_the_same_shape() {
      var random = new Random(1);
      for (int i = 0; i < 100; i++) {
        assertThat(ReportReference.generate(random).display())
            .matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
      }
    }

    @Test
    void what_is_shown_parses_back_to_the_same_reference() {
      var reference = ReportReference.generate(new Random(1));

      assertThat(ReportReference.parse(reference.display())).isEqualTo(reference);
    }
  }

  @Nested
  class Parsing {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ABCDE-12345",
          "ABCDE12345",
          "abcde-12345",
          "aBcDe 12345",
          " ABCDE - 12345 ",
          "\tABCDE-12345"
        })
    void case_spaces_and_hyphens_do_not_matter(String typed) {
      assertThat(ReportReference.parse(typed).value()).isEqualTo("ABCDE12345");
    }

    @Test
    void o_is_read_as_zero_and_i_and_l_as_one() {
      assertThat(ReportReference.parse("OoOoO-IiLl1").value()).isEqualTo("0000011111");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "ABCDE",
          "ABCDE-1234",
          "ABCDE-123456",
          "ABCDE-1234U",
          "ABCDE-1234!",
          "ÄBCDE-12345"
        })
    void anything_else_is_refused(String typed) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ReportReference.parse(typed))
          .withMessageContaining("reference");
    }

    @Test
    void the_constructor_accepts_only_the_canonical_form() {
      assertThatIllegalArgumentException().isThrownBy(() -> new ReportReference("abcde12345"));
      assertThatIllegalArgumentException().isThrownBy(() -> new ReportReference("ABCDE-1234"));
      assertThatIllegalArgumentException().isThrownBy(() -> new ReportReference("ABCDEO1234"));
    }

    @Test
    void null_is_refused_naming_the_field() {
      assertThatNullPointerException()
          .isThrownBy(() -> ReportReference.parse(null))
          .withMessageContaining("reference");
      assertThatNullPointerException()
          .isThrownBy(() -> new ReportReference(null))
          .withMessageContaining("reference");
    }
  }
}
