package org.confide.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.CaseLists.CaseRow;
import org.confide.application.port.out.CaseLists.Condition;
import org.confide.application.port.out.CaseLists.Direction;
import org.confide.application.port.out.CaseLists.Filters;
import org.confide.application.port.out.CaseLists.Position;
import org.confide.application.port.out.CaseLists.Scope;
import org.confide.application.port.out.CaseLists.Selection;
import org.confide.application.port.out.CaseLists.TeamView;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Teams;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.team.TeamId;

/**
 * The case list, in the views an adviser works from, a page at a time: the store selects and orders
 * the cases ({@link org.confide.application.port.out.CaseLists}), and this service adds the due
 * dates in working days and the advisers' addresses for the page's rows alone.
 */
public final class ListCasesService implements ListCasesUseCase {

  private final Gate gate;
  private final CaseLists caseLists;
  private final Settings settings;
  private final StaffDirectory staffDirectory;
  private final Clock clock;
  private final Teams teams;
  private final CaseSearchFilters searchFilters;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param caseLists the case lists, read a page at a time
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param staffDirectory the staff accounts
   * @param clock the time read for due dates, expiry and the audit trail
   * @param teams the teams, for a list narrowed to one
   * @param outcomes the lists of outcomes and tags, for a search by one
   */
  public ListCasesService(
      Gate gate,
      CaseLists caseLists,
      Settings settings,
      StaffDirectory staffDirectory,
      Clock clock,
      Teams teams,
      Outcomes outcomes) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.caseLists = Objects.requireNonNull(caseLists, "caseLists");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.teams = Objects.requireNonNull(teams, "teams");
    this.searchFilters = new CaseSearchFilters(staffDirectory, outcomes, settings);
  }

  @Override
  public Outcome<CasePage, StaffRequestFailure> list(SessionToken session, Command command) {
    var view = command.view();
    var page = command.page();
    if (page.size() < 1 || page.size() > MAX_PAGE_SIZE) {
      return invalid("limit", ProblemCode.PAGE_SIZE, MAX_PAGE_SIZE);
    }
    if (page.after().isPresent() && page.before().isPresent()) {
      return invalid("before", ProblemCode.PAGE_BOTH_WAYS);
    }
    var after = page.after().map(CaseCursors::parse);
    var before = page.before().map(CaseCursors::parse);
    if (after.filter(Optional::isEmpty).isPresent()) {
      return invalid("after", ProblemCode.PAGE_UNKNOWN);
    }
    if (before.filter(Optional::isEmpty).isPresent()) {
      return invalid("before", ProblemCode.PAGE_UNKNOWN);
    }
    var team = command.team().map(TeamId::read);
    if (team.filter(Optional::isEmpty).isPresent()) {
      return invalid("team", ProblemCode.TEAM_ID);
    }
    var from = after.or(() -> before).flatMap(position -> position);
    var direction = before.isPresent() ? Direction.BACKWARD : Direction.FORWARD;
    return gate.asStaff(
        session,
        Permission.WORK_CASES,
        StaffRequestFailure::from,
        staff -> {
          var narrowed = team.flatMap(id -> id);
          if (narrowed.isPresent() && teams.find(narrowed.get()).isEmpty()) {
            return invalid("team", ProblemCode.UNKNOWN_TEAM, command.team().get());
          }
          Filters filters;
          switch (searchFilters.read(command.search())) {
            case Checked.Valid<Filters> valid -> filters = valid.value();
            case Checked.Invalid<Filters> invalid -> {
              return Outcome.failed(new Failure.Invalid(invalid.problems()));
            }
          }
          var selection = selection(staff, view, narrowed, filters);
          // One more than the page holds says whether there are more beyond it.
          var rows = caseLists.page(selection, from, direction, page.size() + 1);
          var more = rows.size() > page.size();
          var shown =
              !more
                  ? rows
                  : direction == Direction.FORWARD
                      ? rows.subList(0, page.size())
                      : rows.subList(1, rows.size());
          if (shown.isEmpty()) {
            return Outcome.done(new CasePage(List.of(), Optional.empty(), Optional.empty()));
          }
          var first = shown.getFirst().position();
          var last = shown.getLast().position();
          var newer =
              direction == Direction.FORWARD
                  ? more
                  : from.isPresent() && any(selection, last, Direction.FORWARD);
          var older =
              direction == Direction.BACKWARD
                  ? more
                  : from.isPresent() && any(selection, first, Direction.BACKWARD);
          return Outcome.done(
              new CasePage(
                  summaries(shown),
                  newer ? Optional.of(CaseCursors.of(last)) : Optional.empty(),
                  older ? Optional.of(CaseCursors.of(first)) : Optional.empty()));
        });
  }

  private static Outcome<CasePage, StaffRequestFailure> invalid(
      String field, ProblemCode code, Object... arguments) {
    return Outcome.failed(Failure.Invalid.of(field, code, arguments));
  }

  private Selection selection(
      StaffMember staff, View view, Optional<TeamId> team, Filters filters) {
    // Leads read every escalated case and every team's cases (CaseAccess); the store applies the
    // same rules.
    var lead = staff.may(Permission.DECIDE_ESCALATIONS);
    var teams = new TeamView(lead ? Optional.empty() : Optional.of(staff.id()), team);
    var selection = selection(staff, view, lead);
    return new Selection(
        selection.scope(), selection.condition(), teams, Optional.of(staff.id()), filters);
  }

  private Selection selection(StaffMember staff, View view, boolean lead) {
    return switch (view) {
      case QUEUE -> new Selection(new Scope.Queue(), new Condition.Any());
      case MINE -> new Selection(new Scope.AssignedTo(staff.id()), new Condition.Any());
      case UNREAD -> new Selection(new Scope.Readable(staff.id(), lead), new Condition.Unread());
      case OVERDUE -> {
        var settings = this.settings.current();
        var cutoff = settings.targets().overdueIfReceivedBefore(clock.instant());
        yield new Selection(
            new Scope.Readable(staff.id(), lead), new Condition.AwaitingSinceBefore(cutoff));
      }
      case ESCALATED -> new Selection(new Scope.Escalated(staff.id(), lead), new Condition.Any());
      case ALL -> new Selection(new Scope.Searchable(staff.id(), lead), new Condition.Any());
    };
  }

  private boolean any(Selection selection, Position from, Direction direction) {
    return !caseLists.page(selection, Optional.of(from), direction, 1).isEmpty();
  }

  private List<CaseSummary> summaries(List<CaseRow> rows) {
    var settings = this.settings.current();
    var now = clock.instant();
    var emails = new HashMap<StaffId, Optional<String>>();
    var summaries = new ArrayList<CaseSummary>(rows.size());
    for (var row : rows) {
      var due = AwaitedResponses.dueBy(row.awaitingSince(), settings);
      var overdue = due.filter(d -> !now.isBefore(d)).isPresent();
      summaries.add(
          new CaseSummary(
              row.reference(),
              row.receivedAt(),
              row.status(),
              row.anonymous(),
              row.assignee()
                  .flatMap(id ->
                      emails.computeIfAbsent(
                          id, key -> staffDirectory.find(key).map(m -> m.email().value()))),
              row.unreadMessages(),
              due,
              overdue,
              due.filter(d -> overdue)
                  .map(d -> settings.calendar().workingDaysBetween(d, now))
                  .orElse(0),
              due.filter(d -> !overdue)
                  .map(d -> settings.calendar().workingDaysBetween(now, d))
                  .orElse(0),
              row.risk(),
              row.escalated(),
              row.channel()));
    }
    return summaries;
  }
}
