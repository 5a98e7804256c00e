package org.confide.adapter.web.pages.view;

/**
 * The page {@code reporter/information.jte}: one of the organisation's pages, as reporters read it.
 *
 * @param frame the frame
 * @param title the page's title
 * @param html its body, Markdown rendered as safe HTML
 * @param lang the language of the title and body when it is not the page's (the organisation's own
 *     words in its first language, not yet written in the reader's), or null
 */
public record InformationPage(Frame frame, String title, String html, String lang) implements Page {

  @Override
  public String template() {
    return "reporter/information.jte";
  }
}
