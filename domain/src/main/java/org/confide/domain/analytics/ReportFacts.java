package org.confide.domain.analytics;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.Answer;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.report.Report;

/**
 * The coarse, anonymous facts of one report that trend analysis counts: the month it arrived, the
 * kinds of incident, where (on campus, off campus, online), the reporter's role, and whether it was
 * anonymous. Nothing here names, quotes or links back to a report, so the facts are kept when a
 * report is purged or erased and the counts stay true.
 *
 * @param month the month the report was received, in the organisation's time zone
 * @param incidentTypes the options chosen for {@link #INCIDENT_TYPE}, possibly none
 * @param where the option chosen for {@link #WHERE}, if it was answered with one
 * @param reporterRole the option chosen for {@link #REPORTER_ROLE}, if it was answered with one
 * @param anonymous whether the report was anonymous when its facts were taken; Confide takes them
 *     once, at submission, so a reporter who later shares contact details still counts as anonymous
 */
public record ReportFacts(
    YearMonth month,
    List<OptionId> incidentTypes,
    Optional<OptionId> where,
    Optional<OptionId> reporterRole,
    boolean anonymous) {

  /** The question whose answers give the kinds of incident. */
  public static final QuestionId INCIDENT_TYPE = QuestionId.of("incident-type");

  /** The question whose answer gives the place. */
  public static final QuestionId WHERE = QuestionId.of("where");

  /** The question whose answer gives the reporter's role. */
  public static final QuestionId REPORTER_ROLE = QuestionId.of("reporter-role");

  /**
   * The facts as given; keeps an unmodifiable copy of {@code incidentTypes}.
   *
   * @throws NullPointerException if a component is null
   */
  public ReportFacts {
    Objects.requireNonNull(month, "month must not be null");
    incidentTypes = List.copyOf(Objects.requireNonNull(incidentTypes, "incident types"));
    Objects.requireNonNull(where, "where must be Optional, not null");
    Objects.requireNonNull(reporterRole, "reporter role must be Optional, not null");
  }

  /**
   * The facts of {@code report}, its month taken in {@code zone}. Only the questions named by the
   * constants above are read, so the facts of a report on a questionnaire without them are just its
   * month and anonymity.
   *
   * @param report the report
   * @param zone the organisation's time zone, normally {@link
   *     org.confide.domain.calendar.WorkingCalendar#zone()}
   * @return the report's facts
   */
  public static ReportFacts of(Report report, ZoneId zone) {
    var answers = report.answers();
    var types =
        answers
            .get(INCIDENT_TYPE)
            .map(answer ->
                switch (answer) {
                  case Answer.SingleChoice single -> List.of(single.option());
                  case Answer.MultipleChoice multiple -> multiple.options();
                  case Answer.Date date -> List.<OptionId>of();
                  case Answer.Month month -> List.<OptionId>of();
                  case Answer.MoreThanAYearAgo longAgo -> List.<OptionId>of();
                  case Answer.Text text -> List.<OptionId>of();
                })
            .orElse(List.of());
    return new ReportFacts(
        YearMonth.from(report.receivedAt().atZone(zone)),
        types,
        answers.choice(WHERE),
        answers.choice(REPORTER_ROLE),
        report.isAnonymous());
  }
}
