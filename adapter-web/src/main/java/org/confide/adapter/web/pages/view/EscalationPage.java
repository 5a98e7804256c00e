package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code staff/escalation.jte}. */
public record EscalationPage(
    Frame frame,
    EscalationLine escalation,
    String decision,
    String referredTo,
    String rationale,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "staff/escalation.jte";
  }
}
