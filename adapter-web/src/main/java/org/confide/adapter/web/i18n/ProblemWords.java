package org.confide.adapter.web.i18n;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.application.port.in.Failure;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.shared.Translated;

/**
 * The one way the web adapter says a problem the domain or a use case names (a {@link
 * FieldProblem}, a refusal), for the pages and the API alike: by its {@link ProblemCode}, from the
 * bundles ({@code problem.<code>}), in a language. Its arguments are said too: a {@link
 * ProblemSubject} by {@code problem.subject.<key>}, a {@link Translated} text (a question) in the
 * language if written in it, the problems a refusal lists each in the language, numbers by the
 * language's own patterns. A problem named with words alone, with no code (an embedder's own
 * check), is shown as written.
 */
public final class ProblemWords {

  private ProblemWords() {}

  /**
   * {@code problem} in the words of {@code texts}.
   *
   * @param problem what the domain or a use case found wrong
   * @param texts the words of a language
   * @return the sentence
   */
  public static String of(FieldProblem problem, Texts texts) {
    return of(problem.code(), problem.arguments(), problem.message(), texts);
  }

  /**
   * {@code refused}, a use case's reason for not doing something, in the words of {@code texts}.
   *
   * @param refused the refusal
   * @param texts the words of a language
   * @return the sentence
   */
  public static String of(Failure.Refused refused, Texts texts) {
    return of(refused.code(), refused.arguments(), refused.reason(), texts);
  }

  /**
   * A problem or refusal in the words of {@code texts}.
   *
   * @param code what is wrong, by name; empty when it is worded alone
   * @param arguments the particulars the code's words name
   * @param asWritten the words of a problem with no code
   * @param texts the words of a language
   * @return the sentence
   */
  public static String of(
      Optional<ProblemCode> code, List<Object> arguments, String asWritten, Texts texts) {
    return code.map(named -> of(named, arguments, texts)).orElse(asWritten);
  }

  /**
   * The problem {@code code}, which names no particulars, in the words of {@code texts}.
   *
   * @param code what is wrong
   * @param texts the words of a language
   * @return the sentence
   */
  public static String of(ProblemCode code, Texts texts) {
    return of(code, List.of(), texts);
  }

  /**
   * The problem {@code code} in the words of {@code texts}.
   *
   * @param code what is wrong
   * @param arguments the particulars its words name
   * @param texts the words of a language
   * @return the sentence
   */
  public static String of(ProblemCode code, List<Object> arguments, Texts texts) {
    return of(code, arguments, texts, false);
  }

  /**
   * {@code problem} in the words of {@code texts}, for a page: as {@link #of(FieldProblem, Texts)},
   * a question the page's language lacks carrying its language ({@link Shown#carried()}), for the
   * template to mark it with {@code <span lang>} ({@link Shown#html(String)}).
   *
   * @param problem what the domain found wrong
   * @param texts the words of the page's language
   * @return the sentence, a text in another language carried in it
   */
  public static String marked(FieldProblem problem, Texts texts) {
    return problem
        .code()
        .map(code -> of(code, problem.arguments(), texts, true))
        .orElse(problem.message());
  }

  private static String of(ProblemCode code, List<Object> arguments, Texts texts, boolean marked) {
    var key = key(code);
    if (arguments.isEmpty()) {
      return texts.text(key);
    }
    var said =
        arguments.stream()
            .map(argument ->
                switch (argument) {
                  case ProblemSubject subject -> texts.text(key(subject));
                  case Words words when marked -> Shown.in(texts.language()).apply(words).carried();
                  case Translated text -> text.in(texts.language());
                  case List<?> problems -> said(problems, texts);
                  default -> argument;
                })
            .toArray();
    return texts.text(key, said);
  }

  // The reasons a refusal lists, each said in the language, joined as the domain joins them.
  private static String said(List<?> problems, Texts texts) {
    return problems.stream()
        .map(problem ->
            problem instanceof FieldProblem named ? of(named, texts) : String.valueOf(problem))
        .collect(Collectors.joining("; "));
  }

  /**
   * The message that says {@code code}.
   *
   * @param code a problem
   * @return {@code problem.<code>}
   */
  public static String key(ProblemCode code) {
    return "problem." + code.code();
  }

  /**
   * The message that names {@code subject}.
   *
   * @param subject what a problem is about
   * @return {@code problem.subject.<key>}
   */
  public static String key(ProblemSubject subject) {
    return "problem.subject." + subject.key();
  }
}
