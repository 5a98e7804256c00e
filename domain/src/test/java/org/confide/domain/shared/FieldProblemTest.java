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

  @Test
  void a_problem_named_by_its_code_says_it_in_english_with_its_particulars_in_their_places() {
    var problem =
        FieldProblem.of("body", ProblemCode.TOO_LONG, ProblemSubject.YOUR_MESSAGE, 5000, 5210);

    assertThat(problem.code()).contains(ProblemCode.TOO_LONG);
    assertThat(problem.arguments()).containsExactly(ProblemSubject.YOUR_MESSAGE, 5000, 5210);
    assertThat(problem.message())
        .isEqualTo("Your message can be up to 5,000 characters: it has 5,210");
    assertThat(problem.renamed("messages[0].body").code()).contains(ProblemCode.TOO_LONG);
  }

  @Test
  void a_problem_worded_alone_has_no_code_and_no_arguments() {
    assertThat(new FieldProblem("x", "An embedder's own words").code()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new FieldProblem("x", "words", java.util.Optional.empty(), java.util.List.of(1)));
  }
}
