package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code reporter/contact.jte}. */
public record ContactPage(Frame frame, List<Field> fields, List<FormError> errors) implements Page {

  @Override
  public String template() {
    return "reporter/contact.jte";
  }
}
