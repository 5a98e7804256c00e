package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-page.jte}: one page or passage of the organisation's in one language,
 * its title and Markdown body in a form, with a preview of what reporters see. The page's own words
 * are in the administrator's language; the text being written is marked with its own.
 *
 * @param frame the frame
 * @param notice the message key of the notice after a change or of a preview, or null
 * @param errors every problem with what was sent, anchored to its field
 * @param slug the key
 * @param writingLang the tag of the language being written, for the form's {@code in} and the
 *     text's {@code lang}
 * @param writingName that language's name in itself
 * @param otherLanguages the editors of the same page in each other language offered
 * @param title the title as saved or typed
 * @param body the body in Markdown, as saved or typed
 * @param previewHtml the body as reporters see it, rendered as safe HTML
 * @param whereHtml where reporters see it, in words, as safe HTML
 * @param stateHtml written or not in this language, and what its readers see meanwhile, as safe
 *     HTML
 * @param href where reporters of this language read it, or null
 * @param heading the title in force in this language, for the page's heading
 */
public record PageEditorPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    String slug,
    String writingLang,
    String writingName,
    List<OtherLanguage> otherLanguages,
    String title,
    String body,
    String previewHtml,
    String whereHtml,
    String stateHtml,
    String href,
    String heading)
    implements Page {

  public PageEditorPage {
    errors = List.copyOf(errors);
    otherLanguages = List.copyOf(otherLanguages);
  }

  @Override
  public String template() {
    return "staff/admin-page.jte";
  }

  /** The message of the error anchored to {@code field}, or null when there is none. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }

  /**
   * The editor of the same page in another language.
   *
   * @param lang its tag
   * @param name its name in itself
   * @param href the editor's address
   */
  public record OtherLanguage(String lang, String name, String href) {}
}
