package org.confide.application;

import org.assertj.core.api.Condition;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Failure.Invalid;
import org.confide.application.port.in.Outcome;

/** Assertions on how a use case failed. */
public final class Failures {

  private Failures() {}

  /** An outcome that failed with a failure of {@code kind}. */
  public static Condition<Outcome<?, ?>> failedWith(Class<? extends Failure> kind) {
    return new Condition<>(
        outcome ->
            outcome instanceof Outcome.Failed<?, ?> failed && kind.isInstance(failed.failure()),
        "failed with %s",
        kind.getSimpleName());
  }

  /** The failure of {@code outcome}; an assertion error when it is done. */
  public static Failure of(Outcome<?, ?> outcome) {
    return switch (outcome) {
      case Outcome.Failed<?, ?> failed -> failed.failure();
      case Outcome.Done<?, ?> done -> throw new AssertionError("expected a failure, was " + done);
    };
  }

  /** The failure of {@code outcome}, which must be of {@code kind}. */
  public static <F extends Failure> F of(Outcome<?, ?> outcome, Class<F> kind) {
    var failure = of(outcome);
    if (!kind.isInstance(failure)) {
      throw new AssertionError("expected " + kind.getSimpleName() + ", was " + failure);
    }
    return kind.cast(failure);
  }

  /** The fields named by the problems of an outcome that failed as {@link Invalid}. */
  public static java.util.List<String> fields(Outcome<?, ?> outcome) {
    return of(outcome, Invalid.class).problems().stream().map(p -> p.field()).toList();
  }
}
