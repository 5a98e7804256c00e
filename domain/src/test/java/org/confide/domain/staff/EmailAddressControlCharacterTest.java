package org.confide.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control characters could reach a staff screen or an export: a staff email address containing a
 * control character is refused.
 */
class EmailAddressControlCharacterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"jo\u0000@example.ac.uk", "jo\u001B@example.ac.uk", "jo@exa\u007Fmple.ac.uk"})
  void an_address_with_a_control_character_is_refused(String text) {
    assertThat(EmailAddress.isValid(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(text));
  }
}
