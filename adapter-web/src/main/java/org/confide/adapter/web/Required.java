package org.confide.adapter.web;

import java.util.ArrayList;
import java.util.List;
import org.confide.domain.shared.FieldProblem;

/** Collects the fields a request left out, so that one 400 lists them all rather than the first. */
final class Required {

  private final List<FieldProblem> problems = new ArrayList<>();

  /** {@code value}, noting {@code field} as missing when it is null. */
  <T> T field(String field, T value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "Is required"));
    }
    return value;
  }

  /** Notes another problem found while mapping the request. */
  void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }

  /** The problems noted so far, to add more to. */
  List<FieldProblem> problems() {
    return problems;
  }

  /** Throws a 400 listing every problem noted, if any. */
  void check() {
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
  }
}
