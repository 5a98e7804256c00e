package org.confide.adapter.web.pages.view;

import org.confide.adapter.web.i18n.AnswerLine;

/**
 * One answer on the check-before-sending page, with the step where it can be changed.
 *
 * @param step the step where it can be changed
 * @param answer the question and the answer, as a report's answers are shown
 */
public record ReviewRow(int step, AnswerLine answer) {
  @Override
  public String toString() {
    return "ReviewRow[" + step + "]";
  }
}
