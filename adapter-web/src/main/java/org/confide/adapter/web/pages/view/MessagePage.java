package org.confide.adapter.web.pages.view;

/**
 * The page {@code message.jte}.
 *
 * @param unsent long text the person wrote on a form that could not be taken (it had expired),
 *     shown back to copy and never stored; null when there is none
 */
public record MessagePage(
    Frame frame, String title, String text, String linkText, String linkHref, String unsent)
    implements Page {

  @Override
  public String template() {
    return "message.jte";
  }
}
