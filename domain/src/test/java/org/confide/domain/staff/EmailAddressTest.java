package org.confide.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Nested
  class Normalising {

    @Test
    void an_address_is_stored_in_lower_case_and_trimmed() {
      assertThat(EmailAddress.of("  Jo.Lead@Example.AC.UK ").value())
          .isEqualTo("jo.lead@example.ac.uk");
    }

    @Test
    void addresses_differing_only_in_case_are_equal() {
      assertThat(EmailAddress.of("JO@EXAMPLE.AC.UK"))
          .isEqualTo(EmailAddress.of("jo@example.ac.uk"));
    }

    @Test
    void to_string_is_the_normalised_address() {
      assertThat(EmailAddress.of("Jo@Example.ac.uk")).hasToString("jo@example.ac.uk");
    }
  }

  @Nested
  class Validating {

    @ParameterizedTest
    @ValueSource(
        strings = {"jo@example.ac.uk", "jo.lead+confide@mail.example.org", "J_O@EXAMPLE.COM"})
    void well_formed_addresses_are_accepted(String text) {
      assertThat(EmailAddress.isValid(text)).isTrue();
      assertThat(EmailAddress.of(text).value()).isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "   ",
          "jo",
          "jo@",
          "@example.ac.uk",
          "jo@example",
          "jo@example.c",
          "jo@@example.ac.uk",
          "jo lead@example.ac.uk",
          "<jo@example.ac.uk>"
        })
    void malformed_addresses_are_refused_naming_the_field(String text) {
      assertThat(EmailAddress.isValid(text)).isFalse();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> EmailAddress.of(text))
          .withMessageStartingWith("email");
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
      var fits = "a".repeat(64) + "@" + "b".repeat(186) + ".uk";
      var tooLong = "a".repeat(64) + "@" + "b".repeat(187) + ".uk";

      assertThat(fits).hasSize(254);
      assertThat(EmailAddress.isValid(fits)).isTrue();
      assertThat(EmailAddress.of(fits).value()).isEqualTo(fits);
      assertThat(EmailAddress.isValid(tooLong)).isFalse();
      assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(tooLong));
    }

    @Test
    void null_is_not_valid() {
      assertThat(EmailAddress.isValid(null)).isFalse();
      assertThatNullPointerException()
          .isThrownBy(() -> EmailAddress.of(null))
          .withMessageContaining("email");
    }
  }

  @Nested
  class Reading {

    @Test
    void an_address_as_typed_is_read_as_stored() {
      assertThat(EmailAddress.read("  Ada@Example.AC.uk "))
          .contains(EmailAddress.of("ada@example.ac.uk"));
    }

    @Test
    void text_that_is_no_address_reads_as_nothing() {
      assertThat(EmailAddress.read("not an address")).isEmpty();
      assertThat(EmailAddress.read("")).isEmpty();
      assertThat(EmailAddress.read(null)).isEmpty();
    }
  }
}
