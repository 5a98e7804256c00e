package org.confide.adapter.web.pages.view;

/** One answer on the check-before-sending page, with the step where it can be changed. */
public record ReviewRow(int step, String question, String answer) {
  @Override
  public String toString() {
    return "ReviewRow[" + step + "]";
  }
}
