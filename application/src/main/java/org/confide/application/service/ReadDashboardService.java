package org.confide.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadDashboardUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.ServiceFigures;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Teams;
import org.confide.domain.analytics.ResponseTimes;
import org.confide.domain.analytics.ServiceMonth;
import org.confide.domain.analytics.SuppressedCounts;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.team.Team;
import org.confide.domain.team.TeamId;

/**
 * The service dashboard: the store reads times and counts, the domain measures them in working days
 * and suppresses what is about reporters, and this service puts names to teams and advisers.
 */
public final class ReadDashboardService implements ReadDashboardUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final ServiceFigures figures;
  private final Settings settings;
  private final Teams teams;
  private final StaffDirectory staffDirectory;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param figures the times and counts read from the store
   * @param settings the settings in force: calendar, targets and the suppression threshold
   * @param teams the teams, for their names
   * @param staffDirectory staff accounts, for advisers' names
   * @param clock the time open and overdue cases are counted at
   */
  public ReadDashboardService(
      Gate gate,
      Auditor auditor,
      ServiceFigures figures,
      Settings settings,
      Teams teams,
      StaffDirectory staffDirectory,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.figures = Objects.requireNonNull(figures, "figures");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.teams = Objects.requireNonNull(teams, "teams");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Dashboard, StaffRequestFailure> read(SessionToken session, Command query) {
    return gate.asStaff(
        session,
        Permission.READ_DASHBOARD,
        StaffRequestFailure::from,
        staff -> {
          var problems = problems(query);
          if (!problems.isEmpty()) {
            return Outcome.failed(new Failure.Invalid(problems));
          }
          var dashboard = dashboard(query);
          auditor.audit(
              Actor.staff(staff.id()),
              AuditAction.DASHBOARD_READ,
              AuditDetail.of(
                  AuditDetailCode.RANGE, query.from().toString(), query.to().toString()));
          return Outcome.done(dashboard);
        });
  }

  private static List<FieldProblem> problems(Command query) {
    var problems = new ArrayList<FieldProblem>();
    if (query.from().isAfter(query.to())) {
      problems.add(FieldProblem.of("to", ProblemCode.MONTH_ORDER));
    } else if (query.from().plusMonths(MAX_MONTHS).isBefore(query.to().plusMonths(1))) {
      problems.add(FieldProblem.of("from", ProblemCode.DASHBOARD_MONTHS, MAX_MONTHS));
    }
    return problems;
  }

  private Dashboard dashboard(Command query) {
    var now = clock.instant();
    var current = settings.current();
    var targets = current.targets();
    var calendar = targets.calendar();
    var threshold = current.analysis().suppression();
    var start = calendar.startOf(query.from().atDay(1));
    var end = calendar.startOf(query.to().plusMonths(1).atDay(1));
    var months =
        ServiceMonth.of(
            figures.firstReplies(start, end), query.from(), query.to(), targets, now, threshold);
    var raised = new LinkedHashMap<String, Long>();
    var decisionDays = new ArrayList<Integer>();
    for (var escalation : figures.escalations(start, end)) {
      raised.merge(escalation.status().name(), 1L, Long::sum);
      var arrival = escalation.raised();
      arrival
          .answered()
          .ifPresent(decided ->
              decisionDays.add(ResponseTimes.workingDaysTaken(calendar, arrival.at(), decided)));
    }
    var states =
        Arrays.stream(EscalationStatus.values())
            .map(s -> new TrendCategory(s.name(), s.name()))
            .toList();
    var escalations = SuppressedCounts.of(states, raised, threshold);
    var inState = new ArrayList<EscalationsInState>();
    for (int i = 0; i < states.size(); i++) {
      inState.add(
          new EscalationsInState(EscalationStatus.values()[i], escalations.counts().get(i)));
    }
    var decision =
        threshold.suppresses(decisionDays.size())
            ? Optional.<ResponseTimes>empty()
            : ResponseTimes.of(decisionDays.stream().mapToInt(Integer::intValue).toArray());
    return new Dashboard(
        query.from(),
        query.to(),
        now,
        threshold.value(),
        targets.level().responseTargetWorkingDays(),
        months.months(),
        months.reports(),
        workload(targets.overdueIfReceivedBefore(now)),
        inState,
        escalations.total(),
        decision);
  }

  private Workload workload(Instant overdueBefore) {
    var rows = figures.workload(overdueBefore);
    var byTeam = new HashMap<Optional<TeamId>, int[]>();
    var byAdviser = new HashMap<Optional<StaffId>, int[]>();
    int open = 0;
    int overdue = 0;
    for (var row : rows) {
      add(byTeam.computeIfAbsent(row.team(), t -> new int[2]), row.open(), row.overdue());
      add(byAdviser.computeIfAbsent(row.assignee(), a -> new int[2]), row.open(), row.overdue());
      open += row.open();
      overdue += row.overdue();
    }
    var teamNames = new HashMap<TeamId, String>();
    for (Team team : teams.all()) {
      teamNames.put(team.id(), team.name());
    }
    var adviserIds = new HashSet<StaffId>();
    byAdviser.keySet().forEach(a -> a.ifPresent(adviserIds::add));
    var adviserNames = new HashMap<StaffId, String>();
    for (StaffMember member : staffDirectory.all()) {
      if (!adviserIds.contains(member.id())) {
        continue;
      }
      adviserNames.put(member.id(), member.displayName());
    }
    var teamLoads = new ArrayList<Load>();
    byTeam.forEach((team, count) ->
        teamLoads.add(
            team.map(t ->
                    new Load(
                        Load.keyOf(t),
                        teamNames.getOrDefault(t, "A team since removed"),
                        count[0],
                        count[1]))
                .orElseGet(() -> new Load(Load.NO_TEAM, "No team", count[0], count[1]))));
    var adviserLoads = new ArrayList<Load>();
    byAdviser.forEach((adviser, count) ->
        adviserLoads.add(
            adviser
                .map(a ->
                    new Load(
                        Load.keyOf(a),
                        adviserNames.getOrDefault(a, "An account since removed"),
                        count[0],
                        count[1]))
                .orElseGet(() -> new Load(Load.QUEUE, "Not assigned", count[0], count[1]))));
    return new Workload(
        open, overdue, sorted(teamLoads, Load.NO_TEAM), sorted(adviserLoads, Load.QUEUE));
  }

  private static void add(int[] count, int open, int overdue) {
    count[0] += open;
    count[1] += overdue;
  }

  /** By name, with the row of no team (or the queue) last. */
  private static List<Load> sorted(List<Load> loads, String lastKey) {
    return loads.stream()
        .sorted(
            Comparator.comparing((Load l) -> l.key().equals(lastKey))
                .thenComparing(Load::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Load::key))
        .toList();
  }
}
