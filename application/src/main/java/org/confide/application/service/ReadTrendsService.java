package org.confide.application.service;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/** Counts reports for trend analysis; the counting happens in the store, the suppression here. */
public final class ReadTrendsService implements ReadTrendsUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final TrendFacts trendFacts;
  private final Settings settings;
  private final Questionnaires questionnaires;
  private final Outcomes outcomes;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param trendFacts the anonymous facts trends are counted from
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param questionnaires every questionnaire version, so answers are read against the one they
   *     answer
   * @param outcomes the list of outcomes, whose labels name the rows of a table by outcome
   */
  public ReadTrendsService(
      Gate gate,
      Auditor auditor,
      TrendFacts trendFacts,
      Settings settings,
      Questionnaires questionnaires,
      Outcomes outcomes) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.trendFacts = Objects.requireNonNull(trendFacts, "trendFacts");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
  }

  @Override
  public Outcome<Trends, StaffRequestFailure> read(SessionToken session, Command query) {
    return gate.asStaff(
        session,
        Permission.VIEW_TRENDS,
        StaffRequestFailure::from,
        staff -> {
          var problems = new ArrayList<FieldProblem>();
          if (query.from().isAfter(query.to())) {
            problems.add(FieldProblem.of("to", ProblemCode.MONTH_ORDER));
          } else if (query.from().plusMonths(MAX_MONTHS).isBefore(query.to().plusMonths(1))) {
            problems.add(FieldProblem.of("from", ProblemCode.TREND_MONTHS, MAX_MONTHS));
          }
          if (query.by().isEmpty() || query.by().size() > 2) {
            problems.add(FieldProblem.of("by", ProblemCode.TREND_DIMENSIONS));
          } else if (EnumSet.copyOf(query.by()).size() != query.by().size()) {
            problems.add(FieldProblem.of("by", ProblemCode.TREND_DIFFERENT));
          } else if (query.by().stream().anyMatch(TrendDimension::countedAtClosing)
              && !query.by().stream()
                  .allMatch(d -> d.countedAtClosing() || d == TrendDimension.MONTH)) {
            // An outcome is counted at closing, apart from the facts of the report.
            problems.add(FieldProblem.of("by", ProblemCode.TREND_OUTCOME));
          }
          if (!problems.isEmpty()) {
            return Outcome.failed(new Failure.Invalid(problems));
          }
          var tallies = trendFacts.count(query.from(), query.to(), EnumSet.copyOf(query.by()));
          var threshold = settings.current().analysis().suppression();
          var table = TrendTable.of(query.by(), tallies, categories(query), threshold);
          auditor.audit(
              Actor.staff(staff.id()),
              AuditAction.TRENDS_READ,
              AuditDetail.of(
                  AuditDetailCode.TRENDS,
                  query.from().toString(),
                  query.to().toString(),
                  query.by().stream().map(TrendDimension::parameter).toList()));
          return Outcome.done(new Trends(query.from(), query.to(), table));
        });
  }

  /** Every category a table lists, counted or not, so that an absent row says nothing. */
  private Map<TrendDimension, List<TrendCategory>> categories(Command query) {
    var questionnaire = questionnaires.current();
    var categories = new EnumMap<TrendDimension, List<TrendCategory>>(TrendDimension.class);
    for (var dimension : query.by()) {
      var list = new ArrayList<TrendCategory>();
      switch (dimension) {
        case TYPE -> list.addAll(options(questionnaire, ReportFacts.INCIDENT_TYPE));
        case WHERE -> list.addAll(options(questionnaire, ReportFacts.WHERE));
        case REPORTER_ROLE -> list.addAll(options(questionnaire, ReportFacts.REPORTER_ROLE));
        case MONTH -> {
          for (var month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            list.add(
                new TrendCategory(
                    month.toString(),
                    month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
                        + " "
                        + month.getYear()));
          }
        }
        case ANONYMOUS -> {
          list.add(new TrendCategory("anonymous", "Anonymous"));
          list.add(new TrendCategory("named", "Named"));
        }
        // Every outcome, retired ones too, since cases closed with them still count.
        case OUTCOME ->
            ClosingChoicesService.inForce(outcomes, ChoiceList.OUTCOMES).all().stream()
                .map(choice -> TrendCategory.named(choice.key().value(), choice.label()))
                .forEach(list::add);
      }
      if (dimension != TrendDimension.MONTH && dimension != TrendDimension.ANONYMOUS) {
        list.add(
            new TrendCategory(
                Tally.NOT_ANSWERED,
                dimension == TrendDimension.OUTCOME ? "No outcome" : "Not answered"));
      }
      categories.put(dimension, List.copyOf(list));
    }
    return categories;
  }

  private static List<TrendCategory> options(Questionnaire questionnaire, QuestionId question) {
    return questionnaire.question(question).stream()
        .flatMap(q -> q.options().stream())
        .map(option -> TrendCategory.named(option.id().value(), option.label()))
        .toList();
  }
}
