package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code reporter/review.jte}. */
public record ReviewPage(
    Frame frame,
    int number,
    int steps,
    List<ReviewRow> rows,
    List<Hidden> carried,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "reporter/review.jte";
  }
}
