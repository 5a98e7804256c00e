package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-service.jte}: the organisation's name, how long closed cases are
 * kept, when messages are read, and how early closures are announced.
 *
 * @param frame the frame
 * @param notice the notice after a change, or null
 * @param errors every problem with what was sent, anchored to its field
 * @param organisationName the name as shown or typed, one box per language offered
 * @param retentionDays the days closed cases are kept, as shown or typed
 * @param days the days of the week, each checked or not
 * @param from the time reading starts, as {@code HH:MM}
 * @param to the time reading stops, as {@code HH:MM}
 * @param noticeDays the days ahead closures are announced, as shown or typed
 * @param hoursInWords the monitoring hours in force, as reporters read them
 * @param notifications whether emails to staff are sent, and the outbox's counts
 */
public record ServicePage(
    Frame frame,
    String notice,
    List<FormError> errors,
    List<LanguageBox> organisationName,
    String retentionDays,
    List<Choice> days,
    String from,
    String to,
    String noticeDays,
    String hoursInWords,
    Notifications notifications)
    implements Page {

  /**
   * Whether emails to staff are sent, and how many wait, are held, were sent, were given up and
   * were not wanted: numbers only.
   *
   * @param on whether a mail server is configured
   * @param counted whether the counts below were read (false: none is shown)
   * @param waiting not sent yet
   * @param held held for their recipients' daily digests
   * @param sent accepted by the mail server
   * @param givenUp every attempt failed
   * @param notWanted not sent, by their recipients' choice
   */
  public record Notifications(
      boolean on,
      boolean counted,
      long waiting,
      long held,
      long sent,
      long givenUp,
      long notWanted) {}

  @Override
  public String template() {
    return "staff/admin-service.jte";
  }

  /** The message of the error anchored to {@code field}, or null when there is none. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }
}
