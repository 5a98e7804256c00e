package org.confide.application.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Teams;
import org.confide.domain.outcome.CaseOutcome;
import org.confide.domain.report.Report;
import org.confide.domain.report.StaffEntry;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.AwaitedResponse;
import org.confide.domain.thread.MessageThread;

/**
 * {@link CaseLists} worked out from the reports, threads and escalations held in memory, through
 * their ports, with the domain's own rules: what the database adapters restate in SQL.
 */
public final class InMemoryCaseLists implements CaseLists {

  private static final Comparator<Position> ORDER =
      Comparator.comparing(Position::receivedAt)
          .thenComparing(position -> position.reference().value());

  private final Reports reports;
  private final MessageThreads threads;
  private final Escalations escalations;
  private final Teams teams;
  private final Outcomes outcomes;

  /**
   * Case lists read through these stores, whichever they are: in-memory ones, or a store of one's
   * own put in their place.
   *
   * @param reports the reports listed
   * @param threads their threads, for unread messages and awaited responses
   * @param escalations their escalations, for the escalated view and flags
   * @param teams the cases' teams and the teams' members, for need to know by team
   * @param outcomes how closed cases ended, for a search by outcome or tag
   */
  public InMemoryCaseLists(
      Reports reports,
      MessageThreads threads,
      Escalations escalations,
      Teams teams,
      Outcomes outcomes) {
    this.reports = Objects.requireNonNull(reports, "reports must not be null");
    this.threads = Objects.requireNonNull(threads, "threads must not be null");
    this.escalations = Objects.requireNonNull(escalations, "escalations must not be null");
    this.teams = Objects.requireNonNull(teams, "teams must not be null");
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes must not be null");
  }

  @Override
  public List<CaseRow> page(
      Selection selection, Optional<Position> from, Direction direction, int limit) {
    Objects.requireNonNull(selection, "selection must not be null");
    Objects.requireNonNull(from, "from must be Optional, not null");
    Objects.requireNonNull(direction, "direction must not be null");
    InMemoryStore.requireLimit(limit);
    var escalated =
        escalations.open().stream().map(Escalation::reference).collect(Collectors.toSet());
    var candidates = new ArrayList<>(inScope(selection, escalated));
    if (direction == Direction.BACKWARD) {
      Collections.reverse(candidates);
    }
    var page = new ArrayList<CaseRow>();
    for (var report : candidates) {
      if (page.size() == limit) {
        break;
      }
      var position = new Position(report.receivedAt(), report.reference());
      if (from.isPresent() && !beyond(position, from.get(), direction)) {
        continue;
      }
      var row = row(report, threads.find(report.reference()), escalated);
      if (meets(row, selection.condition())) {
        page.add(row);
      }
    }
    if (direction == Direction.BACKWARD) {
      Collections.reverse(page);
    }
    return List.copyOf(page);
  }

  @Override
  public int count(Selection selection) {
    Objects.requireNonNull(selection, "selection must not be null");
    var escalated =
        escalations.open().stream().map(Escalation::reference).collect(Collectors.toSet());
    int count = 0;
    for (var report : inScope(selection, escalated)) {
      if (meets(row(report, threads.find(report.reference()), escalated), selection.condition())) {
        count++;
      }
    }
    return count;
  }

  /** The reports in scope, of the teams in view, not excluded for the reader, oldest first. */
  private List<Report> inScope(Selection selection, Set<ReportReference> escalated) {
    var view = selection.teams();
    var memberOf = view.member().map(teams::teamsOf).orElse(Set.of());
    return inScope(selection.scope(), escalated).stream()
        .filter(report -> {
          var team = teams.teamOf(report.reference());
          boolean narrowed = view.team().isEmpty() || view.team().equals(team);
          boolean known =
              view.member().isEmpty()
                  || team.isEmpty()
                  || memberOf.contains(team.get())
                  || report.assignee().equals(view.member());
          boolean excluded =
              selection.reader().filter(r -> teams.isExcluded(report.reference(), r)).isPresent();
          return narrowed && known && !excluded && matches(report, selection.filters());
        })
        .toList();
  }

  private boolean matches(Report report, Filters filters) {
    var reference = report.reference();
    var outcome = outcomes.of(reference);
    return filters.reference().map(reference::equals).orElse(true)
        && filters.status().map(status -> report.status() == status).orElse(true)
        && filters.assignee().map(assignee -> report.isAssignedTo(assignee)).orElse(true)
        && filters
            .outcome()
            .map(key -> outcome.flatMap(CaseOutcome::outcome).filter(key::equals).isPresent())
            .orElse(true)
        && filters
            .tag()
            .map(key -> outcome.filter(o -> o.tags().contains(key)).isPresent())
            .orElse(true)
        && filters.receivedFrom().map(from -> !report.receivedAt().isBefore(from)).orElse(true)
        && filters
            .receivedBefore()
            .map(before -> report.receivedAt().isBefore(before))
            .orElse(true);
  }

  // Every case, closed, open or held, oldest first: what a search starts from.
  private List<Report> everyCase() {
    var every = new java.util.LinkedHashMap<ReportReference, Report>();
    for (var report : reports.allOpen()) {
      every.put(report.reference(), report);
    }
    for (var report : reports.closedBefore(java.time.Instant.MAX, Integer.MAX_VALUE)) {
      every.put(report.reference(), report);
    }
    for (var report : reports.held()) {
      every.put(report.reference(), report);
    }
    return every.values().stream()
        .sorted(
            Comparator.comparing(
                report -> new Position(report.receivedAt(), report.reference()), ORDER))
        .toList();
  }

  private List<Report> inScope(Scope scope, Set<ReportReference> escalated) {
    return switch (scope) {
      case Scope.Queue queue -> reports.unassigned();
      case Scope.AssignedTo mine -> reports.openAssignedTo(mine.adviser());
      case Scope.Escalated lead ->
          reports.findAll(escalated).stream()
              .filter(r ->
                  lead.readsEveryEscalated()
                      || (!r.isHeld() && (r.assignee().isEmpty() || r.isAssignedTo(lead.reader()))))
              .toList();
      case Scope.Readable reader ->
          reports.allOpen().stream()
              .filter(r ->
                  r.assignee().isEmpty()
                      || r.isAssignedTo(reader.reader())
                      || (reader.readsEveryEscalated() && escalated.contains(r.reference())))
              .toList();
      case Scope.Open open -> reports.allOpen();
      case Scope.Searchable searcher ->
          everyCase().stream()
              .filter(r ->
                  r.isHeld()
                      ? searcher.lead()
                      : r.assignee().isEmpty()
                          || r.isAssignedTo(searcher.reader())
                          || (searcher.lead() && escalations.existsFor(r.reference())))
              .toList();
    };
  }

  private static boolean beyond(Position position, Position from, Direction direction) {
    int order = ORDER.compare(position, from);
    return direction == Direction.FORWARD ? order > 0 : order < 0;
  }

  private static CaseRow row(
      Report report, Optional<MessageThread> thread, Set<ReportReference> escalated) {
    return new CaseRow(
        report.reference(),
        report.receivedAt(),
        report.status(),
        report.isAnonymous(),
        report.assignee(),
        report.risk(),
        thread.map(t -> t.unreadFor(AuthorSide.STAFF)).orElse(0),
        AwaitedResponse.since(report, thread),
        escalated.contains(report.reference()),
        report.staffEntry().map(StaffEntry::channel));
  }

  private static boolean meets(CaseRow row, Condition condition) {
    return switch (condition) {
      case Condition.Any any -> true;
      case Condition.Unread unread -> row.unreadMessages() > 0;
      case Condition.AwaitingSinceBefore awaiting ->
          row.awaitingSince().filter(since -> since.isBefore(awaiting.before())).isPresent();
    };
  }
}
