package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code staff/escalations.jte}. */
public record EscalationsPage(Frame frame, String notice, List<EscalationLine> escalations)
    implements Page {

  @Override
  public String template() {
    return "staff/escalations.jte";
  }
}
