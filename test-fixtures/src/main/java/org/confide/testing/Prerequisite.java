package org.confide.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Something a suite needs from the machine rather than from the build — a PostgreSQL database, a
 * browser. When it is missing the suite is skipped as a whole, with one message naming what is
 * missing and how to provide it, so that {@code ./mvnw -B verify} passes on a fresh clone. Under
 * {@code CI=true} a missing prerequisite fails the suite instead: CI must run everything.
 *
 * <p>Subclasses are JUnit execution conditions, registered by an annotation on the suite (or on the
 * one test of a suite that needs it); the suite's set-up and clean-up never run when it is skipped.
 */
public abstract class Prerequisite implements ExecutionCondition {

  /** For a subclass that names one thing a suite needs. */
  protected Prerequisite() {}

  /**
   * Looks for what the suite needs.
   *
   * @return what is missing and how to provide it; empty when the machine has it
   */
  protected abstract Optional<String> missing();

  @Override
  public final ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    var suite =
        context.getRequiredTestClass().getSimpleName()
            + context.getTestMethod().map(method -> "." + method.getName()).orElse("");
    return evaluate(suite, missing(), underCi());
  }

  /** The rule itself: run when present; when missing, skip with one message, or fail under CI. */
  static ConditionEvaluationResult evaluate(
      String suite, Optional<String> missing, boolean underCi) {
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("present");
    }
    if (underCi) {
      throw new IllegalStateException(missing.get() + ", and under CI=true " + suite + " must run");
    }
    var message = "SKIPPED " + suite + ": " + missing.get();
    // The reason goes into the test report; the suite's output says it once as well.
    System.out.println(message);
    return ConditionEvaluationResult.disabled(message);
  }

  /** {@return whether this is a CI run ({@code CI=true}), where nothing may be skipped} */
  public static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
