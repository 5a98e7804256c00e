package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-outcomes.jte}: the outcomes and the tags cases are closed with, each
 * list a form of its labels, one a line, and the entries retired from each.
 *
 * @param frame the frame
 * @param notice the notice after a change, or null
 * @param errors every problem with what was sent, anchored to its list's field
 * @param outcomes the outcomes offered, one a line, as saved or as typed: one box per language
 *     offered, line by line the same entries
 * @param tags the tags offered, one a line, as saved or as typed, one box per language offered
 * @param retiredOutcomes the labels of the outcomes retired while cases use them, in the page's
 *     language if written in it
 * @param retiredTags the labels of the tags retired while cases use them
 * @param form the id of the form whose answer the page is ({@code tags-form}), which switches its
 *     language
 */
public record ClosingChoicesPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    List<LabelsBox> outcomes,
    List<LabelsBox> tags,
    List<String> retiredOutcomes,
    List<String> retiredTags,
    String form)
    implements Page {

  /**
   * One list's labels in one language, one a line.
   *
   * @param id the box's id: the list's ({@code outcomes}) for the first language, with the
   *     language's tag after it for another ({@code outcomes-cy})
   * @param name the field's name: {@code entries}, or {@code entries-cy}
   * @param lang the language's tag, for the text's {@code lang}
   * @param languageName the language's name in itself when several are offered; null otherwise
   * @param text the labels, one a line
   */
  public record LabelsBox(String id, String name, String lang, String languageName, String text) {}

  @Override
  public String template() {
    return "staff/admin-outcomes.jte";
  }

  /** The message of the error anchored to {@code field}, or null when there is none. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }
}
