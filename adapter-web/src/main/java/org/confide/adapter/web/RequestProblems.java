package org.confide.adapter.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;

/**
 * Every problem with one request, answered together: first its shape, checked by Jakarta Validation
 * against the constraints on the request record (a field present, of its type), then what mapping
 * it to a command finds (a day that is not a day, a date that is not a date). One 400 lists them
 * all rather than the first. What the values mean is the domain's to check.
 */
public final class RequestProblems {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  /** The one pattern a request's field is held to: an export's format. */
  public static final String PDF_OR_HTML = "pdf|html";

  private final List<FieldProblem> problems = new ArrayList<>();

  private RequestProblems() {}

  /**
   * The problems with the shape of {@code request}, each named by its path in the body and by the
   * kind of its constraint ({@link #problem(ConstraintViolation)}).
   */
  public static RequestProblems of(Object request) {
    var found = new RequestProblems();
    var violations = VALIDATOR.validate(request);
    if (violations.isEmpty()) {
      // As nearly every request is: nothing to sort.
      return found;
    }
    violations.stream()
        .map(RequestProblems::problem)
        .sorted(Comparator.comparing(FieldProblem::field))
        .forEach(found.problems::add);
    return found;
  }

  /**
   * A broken constraint as a problem named by its kind's code, so that it is said in the request's
   * language: a missing field, a size, the one pattern; a constraint of another kind keeps Jakarta
   * Validation's own words.
   */
  private static FieldProblem problem(ConstraintViolation<?> violation) {
    var field = field(violation.getPropertyPath());
    var constraint = violation.getConstraintDescriptor().getAnnotation();
    return switch (constraint) {
      case NotNull ignored -> FieldProblem.of(field, ProblemCode.REQUIRED);
      case Size size -> FieldProblem.of(field, ProblemCode.REQUEST_SIZE, size.min(), size.max());
      case Pattern pattern when pattern.regexp().equals(PDF_OR_HTML) ->
          FieldProblem.of(field, ProblemCode.REQUEST_PDF_OR_HTML);
      default -> new FieldProblem(field, violation.getMessage());
    };
  }

  /** A path as the body names it: {@code holidays[0].name}, {@code holidays[0]}. */
  private static String field(Path path) {
    var field = new StringBuilder();
    for (var node : path) {
      if (node.isInIterable()) {
        field
            .append('[')
            .append(node.getIndex() != null ? (Object) node.getIndex() : node.getKey());
        field.append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.toString();
  }

  /** No problems yet: for the query parameters of a request with no body, checked by hand. */
  public static RequestProblems none() {
    return new RequestProblems();
  }

  /**
   * Notes another problem found while mapping the request.
   *
   * @param field the field, as the request names it
   * @param code what is wrong
   * @param arguments the particulars the code's words name, in their order
   */
  public void problem(String field, ProblemCode code, Object... arguments) {
    problems.add(FieldProblem.of(field, code, arguments));
  }

  /** The problems noted so far, to add more to. */
  public List<FieldProblem> problems() {
    return problems;
  }

  /** Throws a 400 listing every problem noted, if any. */
  public void check() {
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
  }
}
