package org.confide.domain.settings;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.safeguarding.EmergencyContact;

/**
 * How this organisation runs Confide: its working calendar, service level, the emergency contacts
 * shown to reporters, how long closed cases are kept, how trends and pattern alerts work, and
 * whether every staff member must sign in with a second factor.
 */
public record ServiceSettings(
    WorkingCalendar calendar,
    ServiceLevel serviceLevel,
    List<EmergencyContact> emergencyContacts,
    Period retention,
    AnalysisSettings analysis,
    boolean staffTwoFactorRequired) {

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

  /**
   * Settings with the default {@link AnalysisSettings}, and two-factor sign-in required of staff.
   */
  public ServiceSettings(
      WorkingCalendar calendar,
      ServiceLevel serviceLevel,
      List<EmergencyContact> emergencyContacts,
      Period retention) {
    this(calendar, serviceLevel, emergencyContacts, retention, AnalysisSettings.defaults(), true);
  }

  /** These settings with another calendar and service level. */
  public ServiceSettings withCalendar(WorkingCalendar calendar, ServiceLevel serviceLevel) {
    return new ServiceSettings(
        calendar, serviceLevel, emergencyContacts, retention, analysis, staffTwoFactorRequired);
  }

  /** These settings, keeping closed cases for {@code retention}. */
  public ServiceSettings withRetention(Period retention) {
    return new ServiceSettings(
        calendar, serviceLevel, emergencyContacts, retention, analysis, staffTwoFactorRequired);
  }

  /** These settings with other trend and alert settings. */
  public ServiceSettings withAnalysis(AnalysisSettings analysis) {
    return new ServiceSettings(
        calendar, serviceLevel, emergencyContacts, retention, analysis, staffTwoFactorRequired);
  }

  /** These settings, requiring a second factor of every staff member at sign-in, or not. */
  public ServiceSettings withStaffTwoFactorRequired(boolean required) {
    return new ServiceSettings(
        calendar, serviceLevel, emergencyContacts, retention, analysis, required);
  }

  /**
   * Monday to Friday in London, three working days, UK contacts, closed cases kept 6 years, and a
   * second factor required of staff.
   */
  public static ServiceSettings defaults() {
    return new ServiceSettings(
        WorkingCalendar.standard(),
        ServiceLevel.standard(),
        EmergencyContact.ukDefaults(),
        Period.ofYears(6));
  }
}
