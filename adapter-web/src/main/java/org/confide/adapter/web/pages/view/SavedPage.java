package org.confide.adapter.web.pages.view;

/** The page {@code reporter/saved.jte}. */
public record SavedPage(Frame frame, String dueBy) implements Page {

  @Override
  public String template() {
    return "reporter/saved.jte";
  }
}
