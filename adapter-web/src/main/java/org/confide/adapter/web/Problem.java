package org.confide.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.confide.domain.shared.FieldProblem;

/**
 * The one error body of the API, RFC 9457 {@code application/problem+json}. {@code errors} lists
 * the bad fields of a request that failed validation, at most {@value #MAX_ERRORS} of them, and is
 * empty otherwise; {@code moreErrors}, present only when some were left out, counts the rest. No
 * part of it ever repeats what the client sent.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) int moreErrors) {

  /** The media type of every error response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * The most field errors one answer lists: enough to correct any real form, and a bound on the
   * answer to a body made of thousands of unknown keys.
   */
  public static final int MAX_ERRORS = 50;

  public Problem {
    errors = List.copyOf(errors);
  }

  /** A problem without field errors; its type names the status. */
  public static Problem of(int status, String title, String detail) {
    return new Problem(typeFor(status), title, status, detail, List.of(), 0);
  }

  /** A 400 listing every bad field, the first {@value #MAX_ERRORS} of them. */
  public static Problem invalid(List<FieldProblem> problems) {
    var listed = problems.stream().limit(MAX_ERRORS).toList();
    return new Problem(
        typeFor(400),
        "Invalid request",
        400,
        listed.size() == problems.size()
            ? "Some fields need correcting; each is listed in errors."
            : "Some fields need correcting; the first "
                + MAX_ERRORS
                + " are listed in errors, and moreErrors counts the rest.",
        listed.stream().map(p -> new FieldError(p.field(), p.message())).toList(),
        problems.size() - listed.size());
  }

  /**
   * One bad field, named by its path in the request ({@code contact.email}, {@code answers.when}).
   */
  public record FieldError(String field, String message) {}

  private static String typeFor(int status) {
    return "https://confide.invalid/problems/" + status;
  }
}
