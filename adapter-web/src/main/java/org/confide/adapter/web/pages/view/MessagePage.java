package org.confide.adapter.web.pages.view;

/** The page {@code message.jte}. */
public record MessagePage(Frame frame, String title, String text, String linkText, String linkHref)
    implements Page {

  @Override
  public String template() {
    return "message.jte";
  }
}
