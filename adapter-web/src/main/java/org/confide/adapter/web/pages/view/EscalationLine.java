package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * An escalation as a page shows it.
 *
 * @param id the escalation's id, for its decision page
 * @param reference the case it is about
 * @param status what has been decided so far, in words
 * @param raised when it was raised
 * @param acknowledgementDue when a lead must acknowledge it by, or "–"
 * @param overdue whether that time has passed unacknowledged
 * @param trigger why it was raised, when known
 * @param steps what happened to it, each with who decided and why
 */
public record EscalationLine(
    String id,
    String reference,
    String status,
    String raised,
    String acknowledgementDue,
    boolean overdue,
    String trigger,
    List<String> steps) {

  public EscalationLine {
    steps = List.copyOf(steps);
  }
}
