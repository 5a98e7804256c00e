package org.confide.domain.settings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.ResponseTargets;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.safeguarding.SafeguardingHold;

/**
 * How this organisation runs Confide: its working calendar, service level, the emergency contacts
 * shown to reporters, how long closed cases are kept, how trends and pattern alerts work, and
 * whether every staff member must sign in with a second factor, and how the service presents itself
 * to reporters.
 *
 * @param calendar the working calendar every due date is counted in
 * @param serviceLevel the response and acknowledgement targets, in working days
 * @param emergencyContacts the organisation's own emergency contacts, if it has set them; until
 *     then reporters are shown the national ones
 * @param retention how long a case is kept after it was closed, before it is purged: more than zero
 *     and at most 20 years (a month counted as 30.4375 days, the average of the Gregorian calendar,
 *     so that 20 years and 7,305 days are both the limit)
 * @param analysis how trends and pattern alerts work
 * @param staffTwoFactorRequired whether every staff member must sign in with an authenticator app
 * @param referralRetention how long a report held for safeguarding is kept after a lead referred
 *     its escalation, before it is purged (its reporter had asked for it to be erased): more than
 *     zero and at most 20 years, like {@code retention}
 * @param profile the organisation's name, when messages are read, and how early closures are
 *     announced
 */
public record ServiceSettings(
    WorkingCalendar calendar,
    ServiceLevel serviceLevel,
    EmergencyContacts emergencyContacts,
    Period retention,
    AnalysisSettings analysis,
    boolean staffTwoFactorRequired,
    Period referralRetention,
    ServiceProfile profile) {

  /**
   * The fewest days a closed case is kept when an administrator sets it: a case closed by mistake
   * can still be found and reopened for a month.
   */
  public static final int MIN_RETENTION_DAYS = 30;

  /** The most days a closed case is kept: 20 years. */
  public static final int MAX_RETENTION_DAYS = 7305;

  /** How long a closed case is kept unless an administrator chooses otherwise: six years. */
  public static final Period DEFAULT_RETENTION = Period.ofYears(6);

  /**
   * Settings.
   *
   * @throws IllegalArgumentException if the retention is zero, negative or longer than 20 years
   * @throws NullPointerException if a component is null
   */
  public ServiceSettings {
    Objects.requireNonNull(calendar, "calendar must not be null");
    Objects.requireNonNull(serviceLevel, "service level must not be null");
    Objects.requireNonNull(emergencyContacts, "emergency contacts must not be null");
    requireWithinTwentyYears(retention, "retention");
    Objects.requireNonNull(analysis, "analysis must not be null");
    requireWithinTwentyYears(referralRetention, "referral retention");
    Objects.requireNonNull(profile, "profile must not be null");
  }

  /**
   * Settings with the {@link ServiceProfile#defaults() default profile}.
   *
   * @param calendar the working calendar
   * @param serviceLevel the response and acknowledgement targets
   * @param emergencyContacts the organisation's own contacts, if set
   * @param retention how long closed cases are kept
   * @param analysis how trends and pattern alerts work
   * @param staffTwoFactorRequired whether every staff member must sign in with a second factor
   * @param referralRetention how long a held, referred report is kept after its referral
   * @throws IllegalArgumentException if a retention is out of range
   */
  public ServiceSettings(
      WorkingCalendar calendar,
      ServiceLevel serviceLevel,
      EmergencyContacts emergencyContacts,
      Period retention,
      AnalysisSettings analysis,
      boolean staffTwoFactorRequired,
      Period referralRetention) {
    this(
        calendar,
        serviceLevel,
        emergencyContacts,
        retention,
        analysis,
        staffTwoFactorRequired,
        referralRetention,
        ServiceProfile.defaults());
  }

  /**
   * Settings with the {@link SafeguardingHold#DEFAULT_REFERRAL_RETENTION default referral
   * retention}.
   *
   * @param calendar the working calendar
   * @param serviceLevel the response and acknowledgement targets
   * @param emergencyContacts the organisation's own contacts, if set
   * @param retention how long closed cases are kept
   * @param analysis how trends and pattern alerts work
   * @param staffTwoFactorRequired whether every staff member must sign in with a second factor
   * @throws IllegalArgumentException if the retention is out of range
   */
  public ServiceSettings(
      WorkingCalendar calendar,
      ServiceLevel serviceLevel,
      EmergencyContacts emergencyContacts,
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
    if (period.isNegative()
        || period.isZero()
        || sixteenthsOfDays(period) > MAX_RETENTION_DAYS * 16L) {
      throw new IllegalArgumentException(name + " must be more than zero and at most 20 years");
    }
  }

  // A month is 30.4375 days (487/16), the Gregorian average: 240 months are exactly 7,305 days.
  private static long sixteenthsOfDays(Period period) {
    return period.toTotalMonths() * 487 + period.getDays() * 16L;
  }

  /**
   * How many days a closed case is kept: the retention's days, or for a period in years and months,
   * its length at 30.4375 days a month, rounded up (six years is 2,192 days).
   *
   * @return the days, from 1 to {@value #MAX_RETENTION_DAYS}
   */
  public int closedCaseRetentionDays() {
    return (int) ((sixteenthsOfDays(retention) + 15) / 16);
  }

  /**
   * Whether someone reads reporters' messages at {@code instant}: within the monitoring hours, on a
   * day that is neither a public holiday nor in a closure.
   *
   * @param instant a moment
   * @return true when messages are read then
   */
  public boolean isMonitored(Instant instant) {
    var day = calendar.dayOf(instant);
    boolean holiday = calendar.holidays().stream().anyMatch(h -> h.date().equals(day));
    return calendar.isMonitored(instant)
        && !holiday
        && profile.monitoring().covers(LocalDateTime.ofInstant(instant, calendar.zone()));
  }

  /**
   * The closure reporters are told of at {@code instant}: the one in force, or else the next one if
   * it starts within {@link ServiceProfile#closureNoticeDaysAhead} days.
   *
   * @param instant a moment
   * @return the closure to announce, with its dates, or empty when there is none
   */
  public Optional<ClosurePeriod> closureAnnounced(Instant instant) {
    var inForce = calendar.closureAt(instant);
    if (inForce.isPresent()) {
      return inForce;
    }
    var lastDayAhead = calendar.dayOf(instant).plusDays(profile.closureNoticeDaysAhead());
    return calendar
        .nextClosureAfter(instant)
        .filter(closure -> !closure.firstDay().isAfter(lastDayAhead));
  }

  /**
   * Settings with the default {@link AnalysisSettings}, and two-factor sign-in required of staff.
   *
   * @param calendar the working calendar
   * @param serviceLevel the response and acknowledgement targets
   * @param emergencyContacts the organisation's own contacts, if set
   * @param retention how long closed cases are kept
   * @throws IllegalArgumentException if the retention is out of range
   */
  public ServiceSettings(
      WorkingCalendar calendar,
      ServiceLevel serviceLevel,
      EmergencyContacts emergencyContacts,
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
        referralRetention,
        profile);
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
        referralRetention,
        profile);
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
        referralRetention,
        profile);
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
        referralRetention,
        profile);
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
        referralRetention,
        profile);
  }

  /**
   * These settings with the organisation's own emergency contacts, or none of its own.
   *
   * @param emergencyContacts the contacts
   * @return the new settings
   */
  public ServiceSettings withEmergencyContacts(EmergencyContacts emergencyContacts) {
    return new ServiceSettings(
        calendar,
        serviceLevel,
        emergencyContacts,
        retention,
        analysis,
        staffTwoFactorRequired,
        referralRetention,
        profile);
  }

  /**
   * These settings with another profile.
   *
   * @param profile the organisation's name, monitoring hours and closure notice
   * @return the new settings
   */
  public ServiceSettings withProfile(ServiceProfile profile) {
    return new ServiceSettings(
        calendar,
        serviceLevel,
        emergencyContacts,
        retention,
        analysis,
        staffTwoFactorRequired,
        referralRetention,
        profile);
  }

  /**
   * Monday to Friday in London, three working days, no emergency contacts of the organisation's own
   * (reporters see the national ones), closed cases kept 6 years, held and referred reports kept 6
   * years after their referral, a second factor required of staff, and the {@link
   * ServiceProfile#defaults() default profile}.
   *
   * @return the settings Confide starts with
   */
  public static ServiceSettings defaults() {
    return new ServiceSettings(
        WorkingCalendar.standard(),
        ServiceLevel.standard(),
        EmergencyContacts.notSet(),
        DEFAULT_RETENTION);
  }
}
