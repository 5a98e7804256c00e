package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/enter-report.jte}: an adviser enters a report for someone who told them in
 * person, by phone or by email, on one page: how it reached them, the questionnaire's questions as
 * the reporter's form shows them, the person's own account, whether they gave contact details, and
 * who works the case.
 *
 * @param frame the frame around the page
 * @param errors what was refused, each linking to the field it names
 * @param version the questionnaire version the questions are from
 * @param key the form's idempotency key, so that the form sent twice enters one report
 * @param channel how the disclosure reached the adviser
 * @param questions the questionnaire's questions, as fields
 * @param account the person's own account
 * @param anonymity whether the person gave contact details
 * @param contact their name, email address and phone number
 * @param support whether they would like an adviser's support, and any preference
 * @param take whether the adviser works the case or leaves it in the team's queue
 */
public record EnterReportPage(
    Frame frame,
    List<FormError> errors,
    int version,
    String key,
    Field channel,
    List<Field> questions,
    Field account,
    Field anonymity,
    List<Field> contact,
    List<Field> support,
    Field take)
    implements Page {

  public EnterReportPage {
    errors = List.copyOf(errors);
    questions = List.copyOf(questions);
    contact = List.copyOf(contact);
    support = List.copyOf(support);
  }

  @Override
  public String template() {
    return "staff/enter-report.jte";
  }
}
