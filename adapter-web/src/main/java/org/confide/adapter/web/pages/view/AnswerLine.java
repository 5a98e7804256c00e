package org.confide.adapter.web.pages.view;

/** One answer of a report in words: the question as asked, and the answer. */
public record AnswerLine(String question, String answer) {
  @Override
  public String toString() {
    return "AnswerLine[hidden]";
  }
}
