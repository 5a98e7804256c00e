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

  /**
   * Everything was usable.
   *
   * @param <T> the type of the value
   * @param value the value made from what was sent; never null
   */
  record Valid<T>(T value) implements Checked<T> {
    /**
     * A valid result.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Valid {
      Objects.requireNonNull(value, "value must not be null");
    }
  }

  /**
   * What was wrong, at least one problem.
   *
   * @param <T> the type the value would have had
   * @param problems every problem found, in the order found; never empty
   */
  record Invalid<T>(List<FieldProblem> problems) implements Checked<T> {
    /**
     * An invalid result; keeps an unmodifiable copy of {@code problems}.
     *
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid result names at least one problem");
      }
    }
  }

  /**
   * A valid {@code value}.
   *
   * @param <T> the type of the value
   * @param value the value; never null
   * @return a {@link Valid} holding it
   */
  static <T> Checked<T> valid(T value) {
    return new Valid<>(value);
  }

  /**
   * One problem with {@code field}.
   *
   * @param <T> the type the value would have had
   * @param field the name of the part that is wrong, such as {@code lastDay}; not blank
   * @param message what is wrong, in words the person who sent it can act on; not blank
   * @return an {@link Invalid} naming that one problem
   */
  static <T> Checked<T> invalid(String field, String message) {
    return new Invalid<>(List.of(new FieldProblem(field, message)));
  }

  /**
   * One problem with {@code field}, named by its code.
   *
   * @param <T> the type the value would have had
   * @param field the name of the part that is wrong, such as {@code lastDay}; not blank
   * @param code what is wrong
   * @param arguments the particulars the code's words name, in their order
   * @return an {@link Invalid} naming that one problem
   */
  static <T> Checked<T> invalid(String field, ProblemCode code, Object... arguments) {
    return new Invalid<>(List.of(FieldProblem.of(field, code, arguments)));
  }

  /**
   * Invalid with {@code problems} if there are any, otherwise the value {@code value} makes.
   *
   * @param <T> the type of the value
   * @param problems the problems found so far, possibly none
   * @param value makes the value; called only when there is no problem
   * @return {@link Invalid} with {@code problems}, or {@link Valid} with what {@code value} made
   */
  static <T> Checked<T> unless(List<FieldProblem> problems, Supplier<T> value) {
    return problems.isEmpty() ? new Valid<>(value.get()) : new Invalid<>(problems);
  }

  /**
   * The value made from a valid one; the same problems otherwise.
   *
   * @param <U> the type of the new value
   * @param mapper makes the new value from this one; called only when valid
   * @return the new value, or these problems
   */
  default <U> Checked<U> map(Function<? super T, ? extends U> mapper) {
    return switch (this) {
      case Valid<T> valid -> new Valid<>(mapper.apply(valid.value()));
      case Invalid<T> invalid -> new Invalid<>(invalid.problems());
    };
  }

  /**
   * The next check, made on a valid value; the same problems otherwise.
   *
   * @param <U> the type of the next check's value
   * @param next the next check; called only when valid
   * @return what {@code next} answers, or these problems
   */
  default <U> Checked<U> flatMap(Function<? super T, Checked<U>> next) {
    return switch (this) {
      case Valid<T> valid -> next.apply(valid.value());
      case Invalid<T> invalid -> new Invalid<>(invalid.problems());
    };
  }

  /**
   * The problems, none when valid.
   *
   * @return the problems in the order found; empty exactly when this is {@link Valid}
   */
  default List<FieldProblem> problems() {
    return switch (this) {
      case Valid<T> valid -> List.of();
      case Invalid<T> invalid -> invalid.problems();
    };
  }

  /**
   * Adds this result's problems to {@code into}, and answers the value when valid: for gathering
   * the problems of several checks before giving up.
   *
   * @param into a modifiable list the problems are added to; untouched when valid
   * @return the value when valid, otherwise empty
   */
  default java.util.Optional<T> collect(List<FieldProblem> into) {
    return switch (this) {
      case Valid<T> valid -> java.util.Optional.of(valid.value());
      case Invalid<T> invalid -> {
        into.addAll(invalid.problems());
        yield java.util.Optional.empty();
      }
    };
  }

  /**
   * These problems with every field renamed by {@code rename}; the same value when valid. An
   * adapter uses it to name problems by its own field paths, such as {@code holidays[0].name}.
   *
   * @param rename gives the new name of a field from the old
   * @return this result, its problems renamed
   */
  default Checked<T> renamed(Function<String, String> rename) {
    return switch (this) {
      case Valid<T> valid -> valid;
      case Invalid<T> invalid -> {
        var renamed = new ArrayList<FieldProblem>();
        for (var problem : invalid.problems()) {
          renamed.add(problem.renamed(rename.apply(problem.field())));
        }
        yield new Invalid<>(renamed);
      }
    };
  }
}
