package org.confide.adapter.web.pages.view;

/** The page {@code reporter/erase.jte}. */
public record ErasePage(Frame frame) implements Page {

  @Override
  public String template() {
    return "reporter/erase.jte";
  }
}
