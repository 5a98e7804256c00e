package org.confide.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a factory that checks what a person sent answers: a valid value, or every problem found,
 * each named by the part it concerns. Expected mistakes come back this way rather than as
 * exceptions, so that a caller can show all of them at once and never reads an exception message.
 *
 * @param <T> the value when valid
 */
public sealed interface Checked<T> {

  /** Everything was usable. */
  record Valid<T>(T value) implements Checked<T> {
    public Valid {
      Objects.requireNonNull(value, "value must not be null");
    }
  }

  /** What was wrong, at least one problem. */
  record Invalid<T>(List<FieldProblem> problems) implements Checked<T> {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid result names at least one problem");
      }
    }
  }

  /** A valid {@code value}. */
  static <T> Checked<T> valid(T value) {
    return new Valid<>(value);
  }

  /** One problem with {@code field}. */
  static <T> Checked<T> invalid(String field, String message) {
    return new Invalid<>(List.of(new FieldProblem(field, message)));
  }

  /** Invalid with {@code problems} if there are any, otherwise the value {@code value} makes. */
  static <T> Checked<T> unless(List<FieldProblem> problems, Supplier<T> value) {
    return problems.isEmpty() ? new Valid<>(value.get()) : new Invalid<>(problems);
  }

  /** The value made from a valid one; the same problems otherwise. */
  default <U> Checked<U> map(Function<? super T, ? extends U> mapper) {
    return switch (this) {
      case Valid<T> valid -> new Valid<>(mapper.apply(valid.value()));
      case Invalid<T> invalid -> new Invalid<>(invalid.problems());
    };
  }

  /** The next check, made on a valid value; the same problems otherwise. */
  default <U> Checked<U> flatMap(Function<? super T, Checked<U>> next) {
    return switch (this) {
      case Valid<T> valid -> next.apply(valid.value());
      case Invalid<T> invalid -> new Invalid<>(invalid.problems());
    };
  }

  /** The problems, none when valid. */
  default List<FieldProblem> problems() {
    return switch (this) {
      case Valid<T> valid -> List.of();
      case Invalid<T> invalid -> invalid.problems();
    };
  }

  /** Adds this result's problems to {@code into}, and answers the value when valid. */
  default java.util.Optional<T> collect(List<FieldProblem> into) {
    return switch (this) {
      case Valid<T> valid -> java.util.Optional.of(valid.value());
      case Invalid<T> invalid -> {
        into.addAll(invalid.problems());
        yield java.util.Optional.empty();
      }
    };
  }

  /** These problems with every field renamed by {@code rename}; the same value when valid. */
  default Checked<T> renamed(Function<String, String> rename) {
    return switch (this) {
      case Valid<T> valid -> valid;
      case Invalid<T> invalid -> {
        var renamed = new ArrayList<FieldProblem>();
        for (var problem : invalid.problems()) {
          renamed.add(new FieldProblem(rename.apply(problem.field()), problem.message()));
        }
        yield new Invalid<>(renamed);
      }
    };
  }
}
