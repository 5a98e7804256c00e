package org.confide.adapter.web.pages.view;

import java.util.HashSet;
import java.util.List;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.shared.FieldProblem;

/**
 * One problem with what was entered: the id of the field it is about, so the error summary can link
 * to it, and the message, in plain words, saying how to put it right.
 */
public record FormError(String anchor, String message) {

  /**
   * The error for {@code problem}, anchored to {@code anchor}, in the words of {@code texts}
   * ({@link ProblemWords}).
   *
   * @param anchor the id of the field on the page
   * @param problem what the domain or a use case found wrong
   * @param texts the words of the page's language
   * @return the error
   */
  public static FormError of(String anchor, FieldProblem problem, Texts texts) {
    return new FormError(anchor, ProblemWords.of(problem, texts));
  }

  /**
   * One error for each of {@code problems}, anchored to the field it names, in the words of {@code
   * texts}.
   *
   * @param problems what the domain or a use case found wrong
   * @param texts the words of the page's language
   * @return the errors, in the order of the problems
   */
  public static List<FormError> of(List<FieldProblem> problems, Texts texts) {
    return problems.stream().map(p -> of(p.field(), p, texts)).toList();
  }

  /**
   * One error for each field {@code problems} name, the first problem with it, anchored to the
   * field, in the words of {@code texts}: for a form that shows one message a field.
   *
   * @param problems the problems a use case found
   * @param texts the words of the page's language
   * @return the errors, one a field, in the order the problems name them
   */
  public static List<FormError> onePerField(List<FieldProblem> problems, Texts texts) {
    var seen = new HashSet<String>();
    return problems.stream()
        .filter(problem -> seen.add(problem.field()))
        .map(problem -> of(problem.field(), problem, texts))
        .toList();
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
