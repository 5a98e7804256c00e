package org.confide.adapter.web;

import java.util.List;
import org.confide.domain.shared.FieldProblem;

/**
 * The one error body of the API, RFC 9457 {@code application/problem+json}. {@code errors} lists
 * every bad field of a request that failed validation, and is empty otherwise. No part of it ever
 * repeats what the client sent.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  /** The media type of every error response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = List.copyOf(errors);
  }

  /** A problem without field errors; its type names the status. */
  public static Problem of(int status, String title, String detail) {
    return new Problem(typeFor(status), title, status, detail, List.of());
  }

  /** A 400 listing every bad field. */
  public static Problem invalid(List<FieldProblem> problems) {
    return new Problem(
        typeFor(400),
        "Invalid request",
        400,
        "Some fields need correcting; each is listed in errors.",
        problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
  }

  /**
   * One bad field, named by its path in the request ({@code contact.email}, {@code answers.when}).
   */
  public record FieldError(String field, String message) {}

  private static String typeFor(int status) {
    return "https://confide.invalid/problems/" + status;
  }
}
