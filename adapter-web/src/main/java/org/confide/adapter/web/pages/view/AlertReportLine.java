package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.adapter.web.i18n.AnswerLine;

/**
 * One report behind a pattern alert, as a safeguarding lead sees it; {@code account} may be null.
 */
public record AlertReportLine(
    String reference,
    String received,
    String status,
    String risk,
    boolean anonymous,
    List<AnswerLine> answers,
    String account) {

  public AlertReportLine {
    answers = List.copyOf(answers);
  }

  @Override
  public String toString() {
    return "AlertReportLine[" + reference + "]";
  }
}
