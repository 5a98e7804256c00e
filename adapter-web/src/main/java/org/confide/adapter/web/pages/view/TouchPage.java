package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code reporter/touch.jte}: only the questions of the way the reporter chose to tell us.
 *
 * @param anonymous whether they chose to tell us anonymously; if not, with their contact details
 * @param detailsNotSent whether contact details they typed before choosing to stay anonymous are
 *     held, and will not be sent: the page tells them so
 */
public record TouchPage(
    Frame frame,
    int number,
    int steps,
    boolean anonymous,
    boolean detailsNotSent,
    Field messaging,
    List<Field> contact,
    Field support,
    Field preference,
    List<Hidden> carried,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "reporter/touch.jte";
  }
}
