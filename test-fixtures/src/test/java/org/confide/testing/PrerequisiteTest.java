package org.confide.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule behind {@code @NeedsPostgres} and {@code @NeedsChromium}: a suite runs when the machine
 * has what it needs; otherwise it is skipped with a message naming it and what is missing, except
 * under CI, where it fails. ({@code .ci/run} runs the real suites without them, too.)
 */
class PrerequisiteTest {

  private static final Optional<String> MISSING = Optional.of("the database is not set");

  @Test
  void a_suite_whose_prerequisite_is_present_runs_in_and_out_of_ci() {
    assertThat(Prerequisite.evaluate("SomeTest", Optional.empty(), false).isDisabled()).isFalse();
    assertThat(Prerequisite.evaluate("SomeTest", Optional.empty(), true).isDisabled()).isFalse();
  }

  @Test
  void outside_ci_a_suite_missing_its_prerequisite_is_skipped_saying_which_and_why() {
    var result = Prerequisite.evaluate("SomeTest", MISSING, false);

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason()).contains("SKIPPED SomeTest: the database is not set");
  }

  @Test
  void under_ci_a_suite_missing_its_prerequisite_fails_rather_than_skip() {
    assertThatThrownBy(() -> Prerequisite.evaluate("SomeTest", MISSING, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the database is not set")
        .hasMessageContaining("under CI=true SomeTest must run");
  }
}
