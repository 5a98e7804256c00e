package org.confide.adapter.web.pages.view;

import org.confide.application.port.in.ReadServiceStatusUseCase.ServiceStatus;

/**
 * The page {@code reporter/home.jte}.
 *
 * @param notice the key of the message saying what has just happened, or null
 * @param steps how many steps the report form has now, counted from the questionnaire in use
 */
public record HomePage(Frame frame, ServiceStatus status, String notice, int steps)
    implements Page {

  /**
   * About how long the form takes, in minutes: a short step takes about a minute, rounded to the
   * nearest five (nine steps, about 10 minutes).
   */
  public long minutes() {
    return Math.max(5, Math.round((steps + 1) / 5.0) * 5);
  }

  @Override
  public String template() {
    return "reporter/home.jte";
  }
}
