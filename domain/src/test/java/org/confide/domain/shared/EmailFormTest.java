package org.confide.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailFormTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jo@example.ac.uk",
        "jo.bloggs+confide@example.ac.uk",
        "o'brien@uni.example",
        "x@ab.cd"
      })
  void addresses_we_can_write_to_are_well_formed(String address) {
    assertThat(EmailForm.isWellFormed(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "jo",
        "@example.ac.uk",
        "jo@",
        "jo@example",
        "jo@.example.ac.uk",
        "jo@example..uk",
        "jo@example.ac.",
        "jo@example.c",
        "jo@-example.ac.uk",
        "jo@@example.ac.uk",
        "jo@ex@ample.ac.uk",
        "jo bloggs@example.ac.uk",
        "jo\u00A0@example.ac.uk",
        "jo\u0000@example.ac.uk",
        "<jo>@example.ac.uk",
        "jo@example.ac.uk;rm"
      })
  void anythingElseIsNot(String text) {
    assertThat(EmailForm.isWellFormed(text)).isFalse();
  }

  @Test
  void addresses_longer_than_smtp_allows_are_not() {
    assertThat(EmailForm.isWellFormed("a@" + "b".repeat(249) + ".uk")).isTrue();
    assertThat(EmailForm.isWellFormed("a@" + "b".repeat(250) + ".uk")).isFalse();
    assertThat(EmailForm.isWellFormed(null)).isFalse();
  }
}
