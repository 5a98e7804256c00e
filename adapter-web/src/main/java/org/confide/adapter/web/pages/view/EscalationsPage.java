package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/escalations.jte}; {@code notice} is the message key of what was just done,
 * or null.
 */
public record EscalationsPage(Frame frame, String notice, List<EscalationLine> escalations)
    implements Page {

  @Override
  public String template() {
    return "staff/escalations.jte";
  }
}
