package org.confide.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.confide.domain.shared.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control characters could reach a staff screen or an export: an email address containing a control
 * character is refused.
 */
class ContactDetailsEmailControlCharacterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alex\u0000@example.ac.uk",
        "alex\u001B[2J@example.ac.uk",
        "alex@exa\u007Fmple.ac.uk"
      })
  void an_email_with_a_control_character_is_a_problem_with_the_email(String email) {
    var check = ContactDetails.check("Alex", email, null);

    assertThat(check).isInstanceOf(ContactDetails.Check.Invalid.class);
    assertThat(((ContactDetails.Check.Invalid) check).problems())
        .extracting(FieldProblem::field)
        .containsExactly("contact.email");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ContactDetails("Alex", Optional.of(email), Optional.empty()))
        .withMessageStartingWith("contact.email");
  }
}
