package org.confide.adapter.web.pages.view;

/**
 * The page {@code reporter/information.jte}: one of the organisation's pages, as reporters read it.
 *
 * @param frame the frame
 * @param title the page's title
 * @param html its body, Markdown rendered as safe HTML
 */
public record InformationPage(Frame frame, String title, String html) implements Page {

  @Override
  public String template() {
    return "reporter/information.jte";
  }
}
