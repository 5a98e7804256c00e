package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code reporter/choice.jte}: telling us anonymously or with contact details, a step of
 * its own, so that the next step asks only what the choice needs.
 */
public record ChoicePage(
    Frame frame,
    int number,
    int steps,
    Field anonymity,
    List<Hidden> carried,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "reporter/choice.jte";
  }
}
