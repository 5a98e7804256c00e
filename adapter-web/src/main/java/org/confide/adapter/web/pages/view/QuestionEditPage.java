package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-questionnaire-question.jte}: one question of the administrator's
 * draft, its words, whether it must be answered, and for a choice its options, which can be
 * renamed, moved, removed and added to.
 *
 * @param frame the frame
 * @param notice the notice after a change, or null
 * @param errors every problem with what was sent, anchored to its field
 * @param index the question's place in the draft, from 0
 * @param count how many questions the draft has
 * @param id the question's id, which does not change
 * @param kind its kind, in words
 * @param choice whether it offers options
 * @param text the question as asked, in each language offered
 * @param hint the words shown under it, in each language offered, each possibly blank
 * @param required whether a report must answer it
 * @param options its options, in order
 * @param newOption the label typed for a new option, in each language offered, each possibly blank
 */
public record QuestionEditPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    int index,
    int count,
    String id,
    String kind,
    boolean choice,
    List<Text> text,
    List<Text> hint,
    boolean required,
    List<OptionRow> options,
    List<Text> newOption)
    implements Page {

  @Override
  public String template() {
    return "staff/admin-questionnaire-question.jte";
  }

  /** The message of the error anchored to {@code field}, or null when there is none. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }

  /**
   * One text of the question in one language, as a field of the form.
   *
   * @param field the field's name and id: {@code text}, {@code hint}, {@code option-2} for the
   *     first language, with {@code -<tag>} after it for another ({@code text-cy})
   * @param lang the language's tag
   * @param name the language's name in itself: "Cymraeg"
   * @param value the text, as typed or as kept; blank when there is none
   */
  public record Text(String field, String lang, String name, String value) {}

  /**
   * One option of the question.
   *
   * @param index its place, from 0
   * @param id its id, which does not change
   * @param labels the words shown, in each language offered, as typed
   * @param signal the safeguarding signal it raises, in words, or null
   */
  public record OptionRow(int index, String id, List<Text> labels, String signal) {

    /** The id of this option's first label field: {@code option-2}. */
    public String field() {
      return labels.getFirst().field();
    }
  }
}
