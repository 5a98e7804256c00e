package org.confide.testing;

import org.assertj.core.api.Condition;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Failure.Invalid;
import org.confide.application.port.in.Outcome;

/**
 * Assertions on how a use case failed, for tests that check a refusal as closely as a success:
 * every use case answers an {@link Outcome}, and a test should say which {@link Failure} it
 * expects.
 */
public final class Failures {

  private Failures() {}

  /**
   * An AssertJ condition: the outcome failed, with a failure of {@code kind}. For example {@code
   * assertThat(outcome).is(failedWith(Failure.NotFound.class))}.
   *
   * @param kind the failure expected
   * @return the condition
   */
  public static Condition<Outcome<?, ?>> failedWith(Class<? extends Failure> kind) {
    return new Condition<>(
        outcome ->
            outcome instanceof Outcome.Failed<?, ?> failed && kind.isInstance(failed.failure()),
        "failed with %s",
        kind.getSimpleName());
  }

  /**
   * The failure of {@code outcome}.
   *
   * @param outcome an outcome expected to have failed
   * @return its failure
   * @throws AssertionError when the outcome is done
   */
  public static Failure of(Outcome<?, ?> outcome) {
    return switch (outcome) {
      case Outcome.Failed<?, ?> failed -> failed.failure();
      case Outcome.Done<?, ?> done -> throw new AssertionError("expected a failure, was " + done);
    };
  }

  /**
   * The failure of {@code outcome}, which must be of {@code kind}.
   *
   * @param <F> the failure's type
   * @param outcome an outcome expected to have failed
   * @param kind the failure expected
   * @return its failure
   * @throws AssertionError when the outcome is done or failed otherwise
   */
  public static <F extends Failure> F of(Outcome<?, ?> outcome, Class<F> kind) {
    var failure = of(outcome);
    if (!kind.isInstance(failure)) {
      throw new AssertionError("expected " + kind.getSimpleName() + ", was " + failure);
    }
    return kind.cast(failure);
  }

  /**
   * The fields named by the problems of an outcome that failed as {@link Invalid}, in order.
   *
   * @param outcome an outcome expected to be invalid
   * @return the field of each problem, such as {@code "account"}
   * @throws AssertionError when the outcome is done or failed otherwise
   */
  public static java.util.List<String> fields(Outcome<?, ?> outcome) {
    return of(outcome, Invalid.class).problems().stream().map(p -> p.field()).toList();
  }
}
