package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-page.jte}: one page or passage of the organisation's, its title and
 * Markdown body in a form, with a preview of what reporters see.
 *
 * @param frame the frame
 * @param notice the message key of the notice after a change or of a preview, or null
 * @param errors every problem with what was sent, anchored to its field
 * @param slug the key
 * @param title the title as saved or typed
 * @param body the body in Markdown, as saved or typed
 * @param previewHtml the body as reporters see it, rendered as safe HTML
 * @param where where reporters see it, in words
 * @param state edited or the default, and whether reporters see it, in words
 * @param href where reporters read it, or null
 * @param heading the title in force, for the page's heading
 */
public record PageEditorPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    String slug,
    String title,
    String body,
    String previewHtml,
    String where,
    String state,
    String href,
    String heading)
    implements Page {

  public PageEditorPage {
    errors = List.copyOf(errors);
  }

  @Override
  public String template() {
    return "staff/admin-page.jte";
  }

  /** The message of the error anchored to {@code field}, or null when there is none. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }
}
