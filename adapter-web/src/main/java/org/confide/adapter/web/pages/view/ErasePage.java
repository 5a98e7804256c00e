package org.confide.adapter.web.pages.view;

/**
 * The page {@code reporter/erase.jte}.
 *
 * @param frame what every page carries
 * @param keptForSafeguarding whether erasing now would keep some of the report for the safeguarding
 *     leads, which the reporter is told before they confirm
 */
public record ErasePage(Frame frame, boolean keptForSafeguarding) implements Page {

  @Override
  public String template() {
    return "reporter/erase.jte";
  }
}
