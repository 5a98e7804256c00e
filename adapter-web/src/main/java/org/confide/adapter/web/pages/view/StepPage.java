package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code reporter/step.jte}. */
public record StepPage(
    Frame frame,
    String heading,
    String intro,
    int number,
    int steps,
    List<Field> fields,
    List<Hidden> carried,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "reporter/step.jte";
  }
}
