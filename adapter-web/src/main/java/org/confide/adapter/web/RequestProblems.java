package org.confide.adapter.web;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.confide.domain.shared.FieldProblem;

/**
 * Every problem with one request, answered together: first its shape, checked by Jakarta Validation
 * against the constraints on the request record (a field present, of its type), then what mapping
 * it to a command finds (a day that is not a day, a date that is not a date). One 400 lists them
 * all rather than the first. What the values mean is the domain's to check.
 */
public final class RequestProblems {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private final List<FieldProblem> problems = new ArrayList<>();

  private RequestProblems() {}

  /** The problems with the shape of {@code request}, each named by its path in the body. */
  public static RequestProblems of(Object request) {
    var found = new RequestProblems();
    VALIDATOR.validate(request).stream()
        .map(v -> new FieldProblem(field(v.getPropertyPath()), v.getMessage()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .forEach(found.problems::add);
    return found;
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

  /** Notes another problem found while mapping the request. */
  public void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
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
