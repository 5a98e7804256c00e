package org.confide.application.port.in;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a use case answers: done, with a value, or failed in one of the ways that use case can fail.
 * {@code F} is the use case's own set of failures (a sealed interface such as {@link
 * CaseChangeFailure}), so a switch over an outcome is exhaustive without a {@code default}:
 *
 * <pre>{@code
 * switch (confide.takeCase().take(session, new TakeCaseUseCase.Command(reference))) {
 *   case Outcome.Done<Outcome.Ok, TakeCaseFailure> done -> showCase(reference);
 *   case Outcome.Failed<Outcome.Ok, TakeCaseFailure> failed -> explain(failed.failure());
 * }
 * }</pre>
 *
 * <p>where {@code explain} switches over the six failures a {@link TakeCaseFailure} can be.
 *
 * <p>Broken invariants and programming errors are exceptions instead; they are not expected.
 *
 * @param <T> the value when done
 * @param <F> the failures the use case can produce
 */
public sealed interface Outcome<T, F extends Failure> {

  /**
   * It happened; here is the result.
   *
   * @param value the result, never null ({@link Ok} when there is nothing to return)
   */
  record Done<T, F extends Failure>(T value) implements Outcome<T, F> {
    public Done {
      Objects.requireNonNull(value, "value must not be null");
    }
  }

  /**
   * It did not happen, for this expected reason.
   *
   * @param failure why not
   */
  record Failed<T, F extends Failure>(F failure) implements Outcome<T, F> {
    public Failed {
      Objects.requireNonNull(failure, "failure must not be null");
    }
  }

  /** The value of a use case that has nothing to return but that it happened. */
  enum Ok {
    OK
  }

  /** Done, with {@code value}. */
  static <T, F extends Failure> Outcome<T, F> done(T value) {
    return new Done<>(value);
  }

  /** Done, with nothing to return. */
  static <F extends Failure> Outcome<Ok, F> ok() {
    return new Done<>(Ok.OK);
  }

  /** Failed, for {@code failure}. */
  static <T, F extends Failure> Outcome<T, F> failed(F failure) {
    return new Failed<>(failure);
  }

  /** Whether this is {@link Done}. */
  default boolean isDone() {
    return this instanceof Done<T, F>;
  }

  /**
   * The value of a {@link Done} outcome.
   *
   * @throws IllegalStateException naming the failure, when this is {@link Failed}
   */
  default T orElseThrow() {
    return switch (this) {
      case Done<T, F> done -> done.value();
      case Failed<T, F> failed ->
          throw new IllegalStateException("expected Done, but failed: " + failed.failure());
    };
  }

  /** Runs {@code action} on the value, if this is {@link Done}. */
  default void ifDone(Consumer<? super T> action) {
    if (this instanceof Done<T, F> done) {
      action.accept(done.value());
    }
  }

  /** This outcome with {@code mapper} applied to its value, if done; the same failure if not. */
  default <U> Outcome<U, F> map(Function<? super T, ? extends U> mapper) {
    return switch (this) {
      case Done<T, F> done -> new Done<>(mapper.apply(done.value()));
      case Failed<T, F> failed -> new Failed<>(failed.failure());
    };
  }

  /**
   * The outcome of {@code next} on the value, if done (for a step that can fail in the same ways);
   * the same failure if not.
   */
  default <U> Outcome<U, F> flatMap(Function<? super T, ? extends Outcome<U, F>> next) {
    return switch (this) {
      case Done<T, F> done -> next.apply(done.value());
      case Failed<T, F> failed -> new Failed<>(failed.failure());
    };
  }

  /**
   * This outcome with {@code mapper} applied to its failure, if failed: to pass a failure on as one
   * of a wider set, such as every {@link Failure}.
   */
  default <G extends Failure> Outcome<T, G> mapFailure(Function<? super F, ? extends G> mapper) {
    return switch (this) {
      case Done<T, F> done -> new Done<>(done.value());
      case Failed<T, F> failed -> new Failed<>(mapper.apply(failed.failure()));
    };
  }
}
