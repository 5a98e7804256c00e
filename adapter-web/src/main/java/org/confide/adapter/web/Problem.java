package org.confide.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Texts;
import org.confide.application.port.in.Failure;
import org.confide.domain.shared.FieldProblem;

/**
 * What went wrong with a request, in no language yet: its status, the name of its words in the
 * message bundles ({@code problem.<name>.title} and {@code problem.<name>.detail}) with their
 * arguments, or a use case's refusal for the detail, and the problems of a request that failed
 * validation, at most {@value #MAX_ERRORS} of them, each said by its code ({@link ProblemWords}).
 * {@link #in(Texts)} gives the one error body of the API, RFC 9457 {@code
 * application/problem+json}, in a language; what a machine reads (status, type, field names) is the
 * same in every language. No part of it ever repeats what the client sent.
 *
 * @param status the HTTP status
 * @param name the name of its words in the bundles, such as {@code notFound}
 * @param arguments the arguments of its detail's pattern
 * @param refusal a use case's reason for the detail, said instead of the bundle's
 * @param errors the problems of the bad fields, the first {@value #MAX_ERRORS}
 * @param moreErrors how many bad fields were left out of {@code errors}
 */
public record Problem(
    int status,
    String name,
    List<Object> arguments,
    Optional<Failure.Refused> refusal,
    List<FieldProblem> errors,
    int moreErrors) {

  /** The media type of every error response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * The most field errors one answer lists: enough to correct any real form, and a bound on the
   * answer to a body made of thousands of unknown keys.
   */
  public static final int MAX_ERRORS = 50;

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /**
   * Refuses a name that is not a bundle key's part, and copies the lists.
   *
   * @throws IllegalArgumentException if {@code name} is not a plain camel-case word
   */
  public Problem {
    Objects.requireNonNull(name, "name must not be null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a problem's name is a camel-case word, was " + name);
    }
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(refusal, "refusal must be Optional, not null");
    errors = List.copyOf(errors);
  }

  /**
   * A problem without field errors, whose words are {@code problem.<name>.title} and {@code
   * problem.<name>.detail} with {@code arguments} in the detail's places.
   */
  public static Problem of(int status, String name, Object... arguments) {
    return new Problem(status, name, List.of(arguments), Optional.empty(), List.of(), 0);
  }

  /**
   * A problem titled {@code problem.<name>.title} whose detail is {@code refused}, a use case's
   * reason why it could not be done, said in the request's language.
   */
  public static Problem because(int status, String name, Failure.Refused refused) {
    return new Problem(status, name, List.of(), Optional.of(refused), List.of(), 0);
  }

  /** A 400 listing every bad field, the first {@value #MAX_ERRORS} of them. */
  public static Problem invalid(List<FieldProblem> problems) {
    var listed = problems.stream().limit(MAX_ERRORS).toList();
    boolean all = listed.size() == problems.size();
    return new Problem(
        400,
        all ? "invalid" : "invalidMany",
        all ? List.<Object>of() : List.<Object>of(MAX_ERRORS),
        Optional.empty(),
        listed,
        problems.size() - listed.size());
  }

  /** {@return the title in {@code texts}' language} */
  public String title(Texts texts) {
    return texts.text("problem." + name + ".title");
  }

  /** {@return the detail in {@code texts}' language: the use case's reason, if it gave one} */
  public String detail(Texts texts) {
    var key = "problem." + name + ".detail";
    // A message without arguments is written as it reads, apostrophes single.
    return refusal
        .map(refused -> ProblemWords.of(refused, texts))
        .orElseGet(
            () -> arguments.isEmpty() ? texts.text(key) : texts.text(key, arguments.toArray()));
  }

  /** {@return the body that answers this problem, in {@code texts}' language} */
  public Body in(Texts texts) {
    var fields =
        errors.stream()
            .map(error -> new FieldError(error.field(), ProblemWords.of(error, texts)))
            .toList();
    return new Body(typeFor(status), title(texts), status, detail(texts), fields, moreErrors);
  }

  /**
   * One bad field, named by its path in the request ({@code contact.email}, {@code answers.when}).
   */
  public record FieldError(String field, String message) {}

  /**
   * The body of an error response, {@code application/problem+json}: {@code errors} lists the bad
   * fields and is empty otherwise; {@code moreErrors}, present only when some were left out, counts
   * the rest.
   *
   * @param type the problem's type, naming its status; the same in every language
   * @param title what went wrong, in short
   * @param status the HTTP status
   * @param detail what went wrong, and what to do
   * @param errors the bad fields
   * @param moreErrors how many bad fields were left out
   */
  public record Body(
      String type,
      String title,
      int status,
      String detail,
      List<FieldError> errors,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) int moreErrors) {}

  private static String typeFor(int status) {
    return "https://confide.invalid/problems/" + status;
  }
}
