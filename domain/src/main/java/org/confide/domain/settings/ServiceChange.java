package org.confide.domain.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.OwnText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;

/**
 * An administrator's change to how the service runs: the organisation's name, how long closed cases
 * are kept, when messages are read, and how early closures are announced. Like a {@link
 * CalendarChange}, it is applied to the settings in force at the moment of saving.
 *
 * @param organisationName the name as typed, plain (the first language's) or in each language; null
 *     or blank for none
 * @param closedCaseRetentionDays how many days a closed case is kept before it is purged
 * @param monitoringDays the days of the week messages are read
 * @param monitoringFrom the time reading starts
 * @param monitoringTo the time reading stops; {@code 00:00} is midnight at the end of the day
 * @param closureNoticeDaysAhead how many days before a closure reporters are told of it
 */
public record ServiceChange(
    OwnText.Typed organisationName,
    int closedCaseRetentionDays,
    Set<DayOfWeek> monitoringDays,
    LocalTime monitoringFrom,
    LocalTime monitoringTo,
    int closureNoticeDaysAhead) {

  /**
   * The change; keeps a copy of the days.
   *
   * @throws NullPointerException if the days or a time is null
   */
  public ServiceChange {
    monitoringDays = Set.copyOf(Objects.requireNonNull(monitoringDays, "monitoring days"));
    Objects.requireNonNull(monitoringFrom, "monitoring from must not be null");
    Objects.requireNonNull(monitoringTo, "monitoring to must not be null");
  }

  /**
   * A change whose name is typed as one plain text, the organisation's first language's.
   *
   * @param organisationName the name as typed; null or blank for none
   * @param closedCaseRetentionDays how many days a closed case is kept before it is purged
   * @param monitoringDays the days of the week messages are read
   * @param monitoringFrom the time reading starts
   * @param monitoringTo the time reading stops
   * @param closureNoticeDaysAhead how many days before a closure reporters are told of it
   */
  public ServiceChange(
      String organisationName,
      int closedCaseRetentionDays,
      Set<DayOfWeek> monitoringDays,
      LocalTime monitoringFrom,
      LocalTime monitoringTo,
      int closureNoticeDaysAhead) {
    this(
        OwnText.Typed.plain(organisationName),
        closedCaseRetentionDays,
        monitoringDays,
        monitoringFrom,
        monitoringTo,
        closureNoticeDaysAhead);
  }

  /**
   * The settings with this change made, or every problem with it, named {@code organisationName},
   * {@code closedCaseRetentionDays}, {@code monitoring.days}, {@code monitoring.to} or {@code
   * closureNoticeDaysAhead}. A retention left at the number of days the settings in force already
   * answer keeps its period as it was (six years stays six years, not 2,192 days).
   *
   * @param settings the settings in force, read for change
   * @return the settings with the change made, everything else as it was; or what is wrong
   */
  public Checked<ServiceSettings> applyTo(ServiceSettings settings) {
    var problems = new ArrayList<FieldProblem>();
    var name =
        OwnText.check(
                "organisationName", ProblemSubject.NAME, organisationName, ServiceProfile.MAX_NAME)
            .collect(problems)
            .flatMap(n -> n);
    if (closedCaseRetentionDays < ServiceSettings.MIN_RETENTION_DAYS
        || closedCaseRetentionDays > ServiceSettings.MAX_RETENTION_DAYS) {
      problems.add(
          FieldProblem.of(
              "closedCaseRetentionDays",
              ProblemCode.RETENTION_DAYS,
              ServiceSettings.MIN_RETENTION_DAYS,
              ServiceSettings.MAX_RETENTION_DAYS));
    }
    if (closureNoticeDaysAhead < ServiceProfile.MIN_NOTICE_DAYS
        || closureNoticeDaysAhead > ServiceProfile.MAX_NOTICE_DAYS) {
      problems.add(
          FieldProblem.of(
              "closureNoticeDaysAhead",
              ProblemCode.NOTICE_DAYS,
              ServiceProfile.MIN_NOTICE_DAYS,
              ServiceProfile.MAX_NOTICE_DAYS));
    }
    var monitoring =
        MonitoringHours.check(monitoringDays, monitoringFrom, monitoringTo)
            .renamed(part -> "monitoring." + part)
            .collect(problems);
    return Checked.unless(
        problems,
        () -> {
          var retention =
              closedCaseRetentionDays == settings.closedCaseRetentionDays()
                  ? settings.retention()
                  : Period.ofDays(closedCaseRetentionDays);
          return settings
              .withProfile(
                  new ServiceProfile(name, monitoring.orElseThrow(), closureNoticeDaysAhead))
              .withRetention(retention);
        });
  }

  /**
   * The parts that differ between two settings, by the names this change gives them: for an audit
   * trail that says what changed without saying what it now says.
   *
   * @param before the settings before
   * @param after the settings after
   * @return the names of the parts that differ, in a fixed order; empty when none does
   */
  public static List<String> changedParts(ServiceSettings before, ServiceSettings after) {
    var parts = new ArrayList<String>();
    if (!before.profile().organisationName().equals(after.profile().organisationName())) {
      parts.add("organisationName");
    }
    if (!before.retention().equals(after.retention())) {
      parts.add("closedCaseRetentionDays");
    }
    if (!before.profile().monitoring().equals(after.profile().monitoring())) {
      parts.add("monitoring");
    }
    if (before.profile().closureNoticeDaysAhead() != after.profile().closureNoticeDaysAhead()) {
      parts.add("closureNoticeDaysAhead");
    }
    return parts;
  }
}
