package org.confide.application.port.out;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.safeguarding.EmergencyContact;

/**
 * How this organisation runs Confide: its working calendar, service level, the emergency contacts
 * shown to reporters, and how long closed cases are kept.
 */
public record ServiceSettings(
    WorkingCalendar calendar,
    ServiceLevel serviceLevel,
    List<EmergencyContact> emergencyContacts,
    Period retention) {

  public ServiceSettings {
    Objects.requireNonNull(calendar, "calendar must not be null");
    Objects.requireNonNull(serviceLevel, "service level must not be null");
    emergencyContacts =
        List.copyOf(Objects.requireNonNull(emergencyContacts, "emergency contacts"));
    Objects.requireNonNull(retention, "retention must not be null");
    if (retention.isNegative() || retention.isZero() || retention.toTotalMonths() > 12 * 20) {
      throw new IllegalArgumentException("retention must be more than zero and at most 20 years");
    }
  }

  /** Monday to Friday in London, three working days, UK contacts, closed cases kept 6 years. */
  public static ServiceSettings defaults() {
    return new ServiceSettings(
        WorkingCalendar.standard(),
        ServiceLevel.standard(),
        EmergencyContact.ukDefaults(),
        Period.ofYears(6));
  }
}
