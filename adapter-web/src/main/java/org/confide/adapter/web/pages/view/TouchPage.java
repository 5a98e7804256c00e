package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code reporter/touch.jte}. */
public record TouchPage(
    Frame frame,
    int number,
    int steps,
    Field anonymity,
    Field messaging,
    List<Field> contact,
    Field support,
    Field preference,
    List<Hidden> carried,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "reporter/touch.jte";
  }
}
