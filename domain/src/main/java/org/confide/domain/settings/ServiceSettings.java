package org.confide.domain.settings;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.confide.domain.calendar.ResponseTargets;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.safeguarding.EmergencyContact;
import org.confide.domain.safeguarding.SafeguardingHold;

/**
 * How this organisation runs Confide: its working calendar, service level, the emergency contacts
 * shown to reporters, how long closed cases are kept, how trends and pattern alerts work, and
 * whether every staff member must sign in with a second factor.
 *
 * @param calendar the working calendar every due date is counted in
 * @param serviceLevel the response and acknowledgement targets, in working days
 * @param emergencyContacts who reporters are told to call when someone is in danger now, in the
 *     order shown; possibly none
 * @param retention how long a case is kept after it was closed, before it is purged: more than zero
 *     and at most 20 years (the limit is checked on the years and months of the period, not its
 *     days)
 * @param analysis how trends and pattern alerts work
 * @param staffTwoFactorRequired whether every staff member must sign in with an authenticator app
 * @param referralRetention how long a report held for safeguarding is kept after a lead referred
 *     its escalation, before it is purged (its reporter had asked for it to be erased): more than
 *     zero and at most 20 years, like {@code retention}
 */
public record ServiceSettings(
    WorkingCalendar calendar,
    ServiceLevel serviceLevel,
    List<EmergencyContact> emergencyContacts,
    Period retention,
    AnalysisSettings analysis,
    boolean staffTwoFactorRequired,
    Period referralRetention) {

  /**
   * Settings; keeps an unmodifiable copy of the contacts.
   *
   * @throws IllegalArgumentException if the retention is zero, negative or longer than 20 years
   * @throws NullPointerException if a component is null
   */
  public ServiceSettings {
    Objects.requireNonNull(calendar, "calendar must not be null");
    Objects.requireNonNull(serviceLevel, "service level must not be null");
    emergencyContacts =
        List.copyOf(Objects.requireNonNull(emergencyContacts, "emergency contacts"));
    requireWithinTwentyYears(retention, "retention");
    Objects.requireNonNull(analysis, "analysis must not be null");
    requireWithinTwentyYears(referralRetention, "referral retention");
  }

  /**
   * Settings with the {@link SafeguardingHold#DEFAULT_REFERRAL_RETENTION default referral
   * retention}.
   *
   * @param calendar the working calendar
   * @param serviceLevel the response and acknowledgement targets
   * @param emergencyContacts the contacts shown to reporters
   * @param retention how long closed cases are kept
   * @param analysis how trends and pattern alerts work
   * @param staffTwoFactorRequired whether every staff member must sign in with a second factor
   * @throws IllegalArgumentException if the retention is out of range
   */
  public ServiceSettings(
      WorkingCalendar calendar,
      ServiceLevel serviceLevel,
      List<EmergencyContact> emergencyContacts,
      Period retention,
      AnalysisSettings analysis,
      boolean staffTwoFactorRequired) {
    this(
        calendar,
        serviceLevel,
        emergencyContacts,
        retention,
        analysis,
        staffTwoFactorRequired,
        SafeguardingHold.DEFAULT_REFERRAL_RETENTION);
  }

  private static void requireWithinTwentyYears(Period period, String name) {
    Objects.requireNonNull(period, name + " must not be null");
    if (period.isNegative() || period.isZero() || period.toTotalMonths() > 12 * 20) {
      throw new IllegalArgumentException(name + " must be more than zero and at most 20 years");
    }
  }

  /**
   * Settings with the default {@link AnalysisSettings}, and two-factor sign-in required of staff.
   *
   * @param calendar the working calendar
   * @param serviceLevel the response and acknowledgement targets
   * @param emergencyContacts the contacts shown to reporters
   * @param retention how long closed cases are kept
   * @throws IllegalArgumentException if the retention is out of range
   */
  public ServiceSettings(
      WorkingCalendar calendar,
      ServiceLevel serviceLevel,
      List<EmergencyContact> emergencyContacts,
      Period retention) {
    this(calendar, serviceLevel, emergencyContacts, retention, AnalysisSettings.defaults(), true);
  }

  /**
   * The service level's targets counted on this calendar: when responses and acknowledgements are
   * due.
   *
   * @return the targets
   */
  public ResponseTargets targets() {
    return new ResponseTargets(calendar, serviceLevel);
  }

  /**
   * These settings with another calendar and service level.
   *
   * @param calendar the new working calendar
   * @param serviceLevel the new service level
   * @return the new settings
   */
  public ServiceSettings withCalendar(WorkingCalendar calendar, ServiceLevel serviceLevel) {
    return new ServiceSettings(
        calendar,
        serviceLevel,
        emergencyContacts,
        retention,
        analysis,
        staffTwoFactorRequired,
        referralRetention);
  }

  /**
   * These settings, keeping closed cases for {@code retention}.
   *
   * @param retention how long a case is kept after it was closed
   * @return the new settings
   * @throws IllegalArgumentException if the retention is zero, negative or longer than 20 years
   */
  public ServiceSettings withRetention(Period retention) {
    return new ServiceSettings(
        calendar,
        serviceLevel,
        emergencyContacts,
        retention,
        analysis,
        staffTwoFactorRequired,
        referralRetention);
  }

  /**
   * These settings, keeping a held report for {@code referralRetention} after its referral.
   *
   * @param referralRetention how long a held, referred report is kept after its referral
   * @return the new settings
   * @throws IllegalArgumentException if the period is zero, negative or longer than 20 years
   */
  public ServiceSettings withReferralRetention(Period referralRetention) {
    return new ServiceSettings(
        calendar,
        serviceLevel,
        emergencyContacts,
        retention,
        analysis,
        staffTwoFactorRequired,
        referralRetention);
  }

  /**
   * These settings with other trend and alert settings.
   *
   * @param analysis the new trend and alert settings
   * @return the new settings
   */
  public ServiceSettings withAnalysis(AnalysisSettings analysis) {
    return new ServiceSettings(
        calendar,
        serviceLevel,
        emergencyContacts,
        retention,
        analysis,
        staffTwoFactorRequired,
        referralRetention);
  }

  /**
   * These settings, requiring a second factor of every staff member at sign-in, or not.
   *
   * @param required whether every staff member must sign in with an authenticator app
   * @return the new settings
   */
  public ServiceSettings withStaffTwoFactorRequired(boolean required) {
    return new ServiceSettings(
        calendar,
        serviceLevel,
        emergencyContacts,
        retention,
        analysis,
        required,
        referralRetention);
  }

  /**
   * Monday to Friday in London, three working days, UK contacts, closed cases kept 6 years, held
   * and referred reports kept 6 years after their referral, and a second factor required of staff.
   *
   * @return the settings Confide starts with; the campus security number of {@link
   *     EmergencyContact#ukDefaults()} is still to be set
   */
  public static ServiceSettings defaults() {
    return new ServiceSettings(
        WorkingCalendar.standard(),
        ServiceLevel.standard(),
        EmergencyContact.ukDefaults(),
        Period.ofYears(6));
  }
}
