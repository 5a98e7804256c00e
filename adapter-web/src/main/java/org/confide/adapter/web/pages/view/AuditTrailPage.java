package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/audit.jte}: the filters as given, one page of events, the links onwards.
 *
 * @param frame the page's frame
 * @param from the start of the period as given, or empty
 * @param to the end of the period as given, or empty
 * @param action the action as given, or empty
 * @param actor the actor as given, or empty
 * @param reference the case reference as given, or empty
 * @param actions every action's name, for the choice of one
 * @param events the page's events, newest first; empty when the filters were refused
 * @param next the address of the next page, or null on the last
 * @param csv the address of this page as CSV, or null when the filters were refused
 * @param errors the filters refused, each with why
 */
public record AuditTrailPage(
    Frame frame,
    String from,
    String to,
    String action,
    String actor,
    String reference,
    List<String> actions,
    List<AuditLine> events,
    String next,
    String csv,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "staff/audit.jte";
  }
}
