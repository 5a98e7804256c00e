package org.confide.adapter.web.pages.view;

/**
 * The page {@code reporter/saved.jte}.
 *
 * @param comeBackTo the address of the page to sign in on, as on the receipt; null when unknown
 */
public record SavedPage(Frame frame, String dueBy, String comeBackTo) implements Page {

  @Override
  public String template() {
    return "reporter/saved.jte";
  }
}
