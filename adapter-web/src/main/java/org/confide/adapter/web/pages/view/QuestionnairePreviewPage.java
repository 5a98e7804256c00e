package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-questionnaire-preview.jte}: the draft's questions as a reporter is
 * shown them, step by step, with the reporter's own fields.
 *
 * @param frame the frame
 * @param steps the question steps, in order
 * @param otherSteps how many steps follow the questions (the account, keeping in touch, the check)
 */
public record QuestionnairePreviewPage(Frame frame, List<Step> steps, int otherSteps)
    implements Page {

  @Override
  public String template() {
    return "staff/admin-questionnaire-preview.jte";
  }

  /** How many steps a reporter goes through. */
  public int total() {
    return steps.size() + otherSteps;
  }

  /**
   * One step as the reporter sees it.
   *
   * @param number its number, from 1
   * @param heading its heading
   * @param intro the words under the heading, or null
   * @param fields its questions, as the reporter's form shows them
   */
  public record Step(int number, String heading, String intro, List<Field> fields) {}
}
