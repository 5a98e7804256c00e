package org.confide.application.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.ServiceFigures;
import org.confide.application.port.out.Teams;
import org.confide.domain.analytics.Arrival;
import org.confide.domain.report.Report;
import org.confide.domain.safeguarding.EscalationState;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.TeamId;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.AwaitedResponse;
import org.confide.domain.thread.Message;

/**
 * {@link ServiceFigures} read through the stores of reports, threads, escalations and teams,
 * whichever they are (in-memory ones, or a store of one's own put in their place), by reading every
 * report: the databases count with SQL instead.
 */
public final class InMemoryServiceFigures implements ServiceFigures {

  // Later than any report is closed: with it, closedBefore answers every closed report.
  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

  private final Reports reports;
  private final MessageThreads threads;
  private final Escalations escalations;
  private final Teams teams;

  /**
   * Figures read through these stores.
   *
   * @param reports the reports
   * @param threads their threads, for the first staff reply and awaited responses
   * @param escalations their escalations
   * @param teams the cases' teams
   */
  public InMemoryServiceFigures(
      Reports reports, MessageThreads threads, Escalations escalations, Teams teams) {
    this.reports = Objects.requireNonNull(reports, "reports must not be null");
    this.threads = Objects.requireNonNull(threads, "threads must not be null");
    this.escalations = Objects.requireNonNull(escalations, "escalations must not be null");
    this.teams = Objects.requireNonNull(teams, "teams must not be null");
  }

  @Override
  public List<Arrival> firstReplies(Instant from, Instant until) {
    var arrivals = new ArrayList<Arrival>();
    for (var report : every(from, until)) {
      var first =
          threads
              .find(report.reference())
              .flatMap(thread ->
                  thread.messages().stream()
                      .filter(m -> m.side() == AuthorSide.STAFF)
                      .map(Message::sentAt)
                      .min(Instant::compareTo));
      arrivals.add(new Arrival(report.receivedAt(), first));
    }
    return List.copyOf(arrivals);
  }

  @Override
  public List<Workload> workload(Instant overdueBefore) {
    Objects.requireNonNull(overdueBefore, "overdueBefore must not be null");
    var counts = new LinkedHashMap<Key, int[]>();
    for (var report : reports.allOpen()) {
      var key = new Key(teams.teamOf(report.reference()), report.assignee());
      var count = counts.computeIfAbsent(key, k -> new int[2]);
      count[0]++;
      var since = AwaitedResponse.since(report, threads.find(report.reference()));
      if (since.filter(s -> s.isBefore(overdueBefore)).isPresent()) {
        count[1]++;
      }
    }
    var rows = new ArrayList<Workload>();
    counts.forEach(
        (key, count) -> rows.add(new Workload(key.team, key.assignee, count[0], count[1])));
    return List.copyOf(rows);
  }

  @Override
  public List<EscalationTiming> escalations(Instant from, Instant until) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(until, "until must not be null");
    var timings = new ArrayList<EscalationTiming>();
    for (var report : every(Instant.MIN, Instant.MAX)) {
      for (var escalation : escalations.of(report.reference())) {
        var raised = escalation.raisedAt();
        if (raised.isBefore(from) || !raised.isBefore(until)) {
          continue;
        }
        var decided =
            escalation.history().stream().skip(1).map(EscalationState::at).min(Instant::compareTo);
        timings.add(new EscalationTiming(escalation.status(), new Arrival(raised, decided)));
      }
    }
    return List.copyOf(timings);
  }

  /** Every report stored, received in the range: open, held and closed alike. */
  private List<Report> every(Instant from, Instant until) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(until, "until must not be null");
    var all = new HashMap<ReportReference, Report>();
    for (var list :
        List.of(
            reports.allOpen(),
            reports.held(),
            reports.closedBefore(END_OF_TIME, Integer.MAX_VALUE))) {
      list.forEach(report -> all.put(report.reference(), report));
    }
    return all.values().stream()
        .filter(r -> !r.receivedAt().isBefore(from) && r.receivedAt().isBefore(until))
        .toList();
  }

  private record Key(Optional<TeamId> team, Optional<StaffId> assignee) {}
}
