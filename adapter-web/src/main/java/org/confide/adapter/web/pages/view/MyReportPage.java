package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.adapter.web.i18n.AnswerLine;

/**
 * The page {@code reporter/my-report.jte}.
 *
 * @param sessionMinutes how many minutes unused end the reporter's session, said beside the message
 *     box and warned of before they run out
 */
public record MyReportPage(
    Frame frame,
    String notice,
    String submittedAt,
    String status,
    List<AnswerLine> answers,
    String account,
    boolean anonymous,
    List<MessageLine> messages,
    String dueBy,
    String draft,
    List<FormError> errors,
    String monitoredHours,
    long sessionMinutes)
    implements Page {

  @Override
  public String template() {
    return "reporter/my-report.jte";
  }
}
