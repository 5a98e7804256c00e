package org.confide.domain.shared;

import java.util.Objects;

/**
 * What is wrong with one field of what a person sent, in words they can act on. The message never
 * repeats the value, which may be personal.
 */
public record FieldProblem(String field, String message) {

  public FieldProblem {
    Objects.requireNonNull(field, "field must not be null");
    Objects.requireNonNull(message, "message must not be null");
    if (field.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("field and message must not be blank");
    }
  }
}
