package org.confide.adapter.web;

import java.util.List;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;

/**
 * Thrown by a handler that must stop with an error before it reaches a use case (a malformed
 * header, an unreadable body); the server turns it into the problem it carries.
 */
public final class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.name(), null, false, false);
    this.problem = problem;
  }

  /**
   * A 400 naming one problem with one field, by its code.
   *
   * @param field the field, as the request names it
   * @param code what is wrong
   * @param arguments the particulars the code's words name, in their order
   * @return the exception
   */
  public static ProblemException invalid(String field, ProblemCode code, Object... arguments) {
    return new ProblemException(Problem.invalid(List.of(FieldProblem.of(field, code, arguments))));
  }

  public static ProblemException invalid(List<FieldProblem> problems) {
    return new ProblemException(Problem.invalid(problems));
  }

  public static ProblemException unauthenticated() {
    return new ProblemException(Problem.of(401, "unauthenticated"));
  }

  public static ProblemException notFound() {
    return new ProblemException(Problem.of(404, "notFound"));
  }

  public Problem problem() {
    return problem;
  }
}
