package org.confide.application.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.FieldProblem;

/**
 * What a use case answers: done, with a value, or one of the expected ways it can fail. Broken
 * invariants and programming errors are exceptions instead; they are not expected.
 *
 * @param <T> the value when done
 */
public sealed interface Outcome<T> {

  /** It happened; here is the result. */
  record Done<T>(T value) implements Outcome<T> {
    public Done {
      Objects.requireNonNull(value, "value must not be null");
    }
  }

  /** The session is missing, unknown or expired, or the credentials were wrong. */
  record Unauthenticated<T>() implements Outcome<T> {}

  /**
   * There is no such thing, or the acting party may not know of it: the two are deliberately one
   * answer, so that a guessed reference reveals nothing.
   */
  record NotFound<T>() implements Outcome<T> {}

  /** The acting party is known, but their role does not allow this at all. */
  record Forbidden<T>() implements Outcome<T> {}

  /** What was sent is unusable; every problem is listed, named by field. */
  record Invalid<T>(List<FieldProblem> problems) implements Outcome<T> {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid outcome names at least one problem");
      }
    }
  }

  /** Allowed in general, but not in the present state, and why, in words a person can act on. */
  record Refused<T>(String reason) implements Outcome<T> {
    public Refused {
      Objects.requireNonNull(reason, "reason must not be null");
    }
  }

  /** Too many attempts; try again after {@code retryAfter}. */
  record Throttled<T>(Duration retryAfter) implements Outcome<T> {}

  /** The value of a use case that has nothing to return but that it happened. */
  enum Ok {
    OK
  }

  /** Done, with nothing to return. */
  static Outcome<Ok> ok() {
    return new Done<>(Ok.OK);
  }

  /** Shorthand for {@link Done}. */
  static <T> Outcome<T> done(T value) {
    return new Done<>(value);
  }

  /** An {@link Invalid} outcome with one problem. */
  static <T> Outcome<T> invalid(String field, String message) {
    return new Invalid<>(List.of(new FieldProblem(field, message)));
  }

  /** Whether this is {@link Done}. */
  default boolean isDone() {
    return this instanceof Done;
  }

  /** The value of a {@link Done} outcome; throws {@link IllegalStateException} otherwise. */
  default T orElseThrow() {
    if (this instanceof Done<T> done) {
      return done.value();
    }
    throw new IllegalStateException("expected Done, was " + this);
  }

  /** The outcome with the same failure and no value, for passing a failure on. */
  @SuppressWarnings("unchecked")
  default <U> Outcome<U> failure() {
    if (this instanceof Done) {
      throw new IllegalStateException("a Done outcome is not a failure");
    }
    return (Outcome<U>) this;
  }
}
