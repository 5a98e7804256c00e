package org.confide.adapter.web.pages.view;

import java.util.HashSet;
import java.util.List;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;

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
   * One error for each field {@code problems} name, anchored to it, in the words of {@code texts}
   * (see {@link #of(FieldProblem, String, String, Texts)}).
   *
   * @param problems the problems a use case found
   * @param texts the words of the page's language
   * @param prefix the page's prefix for its fields' messages, such as {@code "password.error."}
   * @return the errors, one a field, in the order the problems name them
   */
  public static List<FormError> of(List<FieldProblem> problems, Texts texts, String prefix) {
    var seen = new HashSet<String>();
    return problems.stream()
        .filter(problem -> seen.add(problem.field()))
        .map(problem -> of(problem, problem.field(), prefix + problem.field(), texts))
        .toList();
  }

  /**
   * The error for {@code problem}, anchored to {@code anchor}. A problem named by its code is said
   * in the page's words ({@link ProblemWords}); one the use cases still word in English alone,
   * naming particulars (a line, an address), is shown as it is on a page in English, and on a page
   * in any other language as the message {@code key}, which says how to put the field right.
   *
   * @param problem what a use case found wrong
   * @param anchor the id of the field on the page
   * @param key the message that says how to put the field right
   * @param texts the words of the page's language
   * @return the error
   */
  public static FormError of(FieldProblem problem, String anchor, String key, Texts texts) {
    if (problem.code().isPresent() || inProblemsLanguage(texts)) {
      return of(anchor, problem, texts);
    }
    return new FormError(anchor, texts.text(key));
  }

  /**
   * {@return whether {@code texts} are in English, the language the use cases write their problems
   * and refusals in}
   */
  public static boolean inProblemsLanguage(Texts texts) {
    return texts.language().equals(Language.ENGLISH);
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
