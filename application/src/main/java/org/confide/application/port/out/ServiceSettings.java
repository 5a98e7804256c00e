package org.confide.application.port.out;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.safeguarding.EmergencyContact;

/**
 * How this organisation runs Confide: its working calendar, service level, the emergency contacts
 * shown to reporters, how long closed cases are kept, and how trends and pattern alerts work.
 */
public record ServiceSettings(
    WorkingCalendar calendar,
    ServiceLevel serviceLevel,
    List<EmergencyContact> emergencyContacts,
    Period retention,
    AnalysisSettings analysis) {

  public ServiceSettings {
    Objects.requireNonNull(calendar, "calendar must not be null");
    Objects.requireNonNull(serviceLevel, "service level must not be null");
    emergencyContacts =
        List.copyOf(Objects.requireNonNull(emergencyContacts, "emergency contacts"));
    Objects.requireNonNull(retention, "retention must not be null");
    if (retention.isNegative() || retention.isZero() || retention.toTotalMonths() > 12 * 20) {
      throw new IllegalArgumentException("retention must be more than zero and at most 20 years");
    }
    Objects.requireNonNull(analysis, "analysis must not be null");
  }

  /** Settings with the default {@link AnalysisSettings}. */
  public ServiceSettings(
      WorkingCalendar calendar,
      ServiceLevel serviceLevel,
      List<EmergencyContact> emergencyContacts,
      Period retention) {
    this(calendar, serviceLevel, emergencyContacts, retention, AnalysisSettings.defaults());
  }

  /** These settings with another calendar and service level. */
  public ServiceSettings withCalendar(WorkingCalendar calendar, ServiceLevel serviceLevel) {
    return new ServiceSettings(calendar, serviceLevel, emergencyContacts, retention, analysis);
  }

  /** These settings with other trend and alert settings. */
  public ServiceSettings withAnalysis(AnalysisSettings analysis) {
    return new ServiceSettings(calendar, serviceLevel, emergencyContacts, retention, analysis);
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
