package org.confide.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is wrong with one field of what a person sent. Confide's own checks name each problem by a
 * {@link ProblemCode} and its arguments, so that an adapter can say it in any language from its own
 * words; the {@code message} is the same problem in English, for embedders, tests and any caller
 * with no words of its own. Neither the message nor an argument ever repeats the value, which may
 * be personal.
 *
 * <p>An embedder's own check may name a problem with words alone ({@link #FieldProblem(String,
 * String)}): it has no code, and an adapter shows its message as written.
 *
 * @param field the part it concerns, as the domain names it ({@code contact.email}, {@code
 *     answers.where}, {@code lastDay}); an adapter may rename it to its own field path; not blank
 * @param message what is wrong, an English sentence fit to show the person who sent it; not blank
 * @param code what is wrong, by name; empty for a problem named with words alone
 * @param arguments the particulars the code's words name, in their order: numbers, ids, a {@link
 *     ProblemSubject}, a {@link Translated} text; empty without a code
 */
public record FieldProblem(
    String field, String message, Optional<ProblemCode> code, List<Object> arguments) {

  /**
   * A problem with {@code field}; keeps an unmodifiable copy of the arguments.
   *
   * @throws IllegalArgumentException if the field or the message is blank, or there are arguments
   *     but no code
   */
  public FieldProblem {
    Objects.requireNonNull(field, "field must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(code, "code must be Optional, not null");
    arguments = List.copyOf(arguments);
    if (field.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("field and message must not be blank");
    }
    if (code.isEmpty() && !arguments.isEmpty()) {
      throw new IllegalArgumentException("only a problem with a code has arguments");
    }
  }

  /**
   * A problem with {@code field} named with words alone, and no code: for an embedder's own checks.
   *
   * @param field the part it concerns; not blank
   * @param message what is wrong, a sentence fit to show the person who sent it; not blank
   */
  public FieldProblem(String field, String message) {
    this(field, message, Optional.empty(), List.of());
  }

  /**
   * The problem {@code code} with {@code field}, its message the code's English.
   *
   * @param field the part it concerns; not blank
   * @param code what is wrong
   * @param arguments the particulars the code's words name, in their order
   * @return the problem
   */
  public static FieldProblem of(String field, ProblemCode code, Object... arguments) {
    var listed = List.of(arguments);
    return new FieldProblem(field, code.english(listed), Optional.of(code), listed);
  }

  /**
   * The same problem, named by another field.
   *
   * @param other the new name of the part it concerns; not blank
   * @return the problem with {@code other} as its field
   */
  public FieldProblem renamed(String other) {
    return new FieldProblem(other, message, code, arguments);
  }
}
