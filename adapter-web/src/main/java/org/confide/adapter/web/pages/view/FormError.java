package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.domain.shared.FieldProblem;

/**
 * One problem with what was entered: the id of the field it is about, so the error summary can link
 * to it, and the message, in plain words, saying how to put it right.
 */
public record FormError(String anchor, String message) {

  /** {@return one error for each of {@code problems}, anchored to the field it names} */
  public static List<FormError> of(List<FieldProblem> problems) {
    return problems.stream().map(p -> new FormError(p.field(), p.message())).toList();
  }

  /** The message of the first error in {@code errors} anchored to {@code field}, or null. */
  public static String messageFor(List<FormError> errors, String field) {
    return errors.stream()
        .filter(e -> e.anchor().equals(field))
        .map(FormError::message)
        .findFirst()
        .orElse(null);
  }
}
