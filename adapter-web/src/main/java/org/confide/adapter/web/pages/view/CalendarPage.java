package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;

/**
 * The page {@code staff/admin-calendar.jte}; {@code form} is the id of the form whose answer it is
 * ({@code calendar-add-holiday}), which switches its language (a form of one row's removal, which
 * holds nothing typed, answers as the service level's).
 */
public record CalendarPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    String zone,
    List<PublicHoliday> holidays,
    List<ClosurePeriod> closures,
    String responseTarget,
    String acknowledgement,
    String holidayDate,
    String holidayName,
    String closureFirst,
    String closureLast,
    String closureNotice,
    String form)
    implements Page {

  @Override
  public String template() {
    return "staff/admin-calendar.jte";
  }
}
