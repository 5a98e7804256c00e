package org.confide.domain.shared;

import java.util.Objects;

/**
 * What is wrong with one field of what a person sent, in words they can act on. The message never
 * repeats the value, which may be personal.
 *
 * @param field the part it concerns, as the domain names it ({@code contact.email}, {@code
 *     answers.where}, {@code lastDay}); an adapter may rename it to its own field path; not blank
 * @param message what is wrong, a sentence fit to show the person who sent it; not blank
 */
public record FieldProblem(String field, String message) {

  /**
   * A problem with {@code field}.
   *
   * @throws IllegalArgumentException if the field or the message is blank
   */
  public FieldProblem {
    Objects.requireNonNull(field, "field must not be null");
    Objects.requireNonNull(message, "message must not be null");
    if (field.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("field and message must not be blank");
    }
  }
}
