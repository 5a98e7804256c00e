package org.confide.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldProblemTest {

  @Test
  void holds_the_field_and_the_message() {
    var problem = new FieldProblem("contact.email", "Enter an email address");

    assertThat(problem.field()).isEqualTo("contact.email");
    assertThat(problem.message()).isEqualTo("Enter an email address");
    assertThat(problem).isEqualTo(new FieldProblem("contact.email", "Enter an email address"));
  }

  @Test
  void null_field_or_message_is_refused_naming_which() {
    assertThatNullPointerException()
        .isThrownBy(() -> new FieldProblem(null, "message"))
        .withMessage("field must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new FieldProblem("field", null))
        .withMessage("message must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void a_blank_field_or_message_is_refused(String blank) {
    assertThatIllegalArgumentException().isThrownBy(() -> new FieldProblem(blank, "message"));
    assertThatIllegalArgumentException().isThrownBy(() -> new FieldProblem("field", blank));
  }
}
