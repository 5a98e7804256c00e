package org.confide.application.port.in;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.ResponseTimes;
import org.confide.domain.analytics.ServiceMonth;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.TeamId;

/**
 * Safeguarding leads and administrators read how the service keeps its response targets: by month,
 * the time to the case team's first reply and the share answered within the target; the open and
 * overdue cases of each team and adviser now; escalations by state and the time to a lead's first
 * decision. Counts about reporters are suppressed as trends suppress them; counts of staff workload
 * are not. Every reading is audited, with its range.
 */
public interface ReadDashboardUseCase {

  /** The longest range the dashboard covers, in months. */
  int MAX_MONTHS = 24;

  /**
   * The dashboard of the range asked for, or why not ({@link Failure.Invalid} on {@code from} or
   * {@code to}).
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command the months {@code from} to {@code to}, inclusive
   * @return the figures, or why not (one of {@link StaffRequestFailure})
   */
  Outcome<Dashboard, StaffRequestFailure> read(SessionToken session, Command command);

  /**
   * The months {@code from} to {@code to}, inclusive.
   *
   * @param from the first month, in the organisation's time zone
   * @param to the last month, not before {@code from}; at most {@link #MAX_MONTHS} months in all
   */
  record Command(YearMonth from, YearMonth to) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
    }
  }

  /**
   * The service dashboard.
   *
   * @param from the first month
   * @param to the last month
   * @param at when the open and overdue cases were counted
   * @param threshold the suppression threshold the counts about reporters were shown under
   * @param responseTargetWorkingDays the response target the shares are of
   * @param months one per month of the range: reports, first reply times, share within target
   * @param reports the reports received in the range, as shown
   * @param workload open and overdue cases now, of each team and adviser (not suppressed)
   * @param escalations escalations raised in the range, by state, as shown
   * @param escalationsRaised how many escalations were raised in the range, as shown
   * @param timeToDecision working days from raising to a lead's first decision, of the escalations
   *     decided; empty when fewer than the threshold were
   */
  record Dashboard(
      YearMonth from,
      YearMonth to,
      Instant at,
      int threshold,
      int responseTargetWorkingDays,
      List<ServiceMonth> months,
      Count reports,
      Workload workload,
      List<EscalationsInState> escalations,
      Count escalationsRaised,
      Optional<ResponseTimes> timeToDecision) {
    /**
     * Keeps unmodifiable copies.
     *
     * @throws NullPointerException if a component is null
     */
    public Dashboard {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
      Objects.requireNonNull(at, "at must not be null");
      months = List.copyOf(months);
      Objects.requireNonNull(reports, "reports must not be null");
      Objects.requireNonNull(workload, "workload must not be null");
      escalations = List.copyOf(escalations);
      Objects.requireNonNull(escalationsRaised, "escalationsRaised must not be null");
      Objects.requireNonNull(timeToDecision, "timeToDecision must be Optional, not null");
    }
  }

  /**
   * Staff workload now: exact counts, since they are about staff, not reporters.
   *
   * @param open every case not closed (held reports aside)
   * @param overdue those of them whose awaited response is past its target
   * @param teams each team with an open case, by name, then cases of no team (when there are)
   * @param advisers each adviser with an open case, by name, then the unassigned queue
   */
  record Workload(int open, int overdue, List<Load> teams, List<Load> advisers) {
    /**
     * Keeps unmodifiable copies.
     *
     * @throws NullPointerException if a list is null
     */
    public Workload {
      teams = List.copyOf(teams);
      advisers = List.copyOf(advisers);
    }
  }

  /**
   * The open cases of one team or adviser.
   *
   * @param key the team's or adviser's id, or {@code none} for cases of no team, or {@code queue}
   *     for cases assigned to nobody
   * @param name the team's name or the adviser's display name, or words for none
   * @param open how many cases are open
   * @param overdue how many of them are overdue
   */
  record Load(String key, String name, int open, int overdue) {
    /** The key of cases with no team. */
    public static final String NO_TEAM = "none";

    /** The key of cases assigned to nobody. */
    public static final String QUEUE = "queue";

    /**
     * The key of a team.
     *
     * @param team the team
     * @return its id as text
     */
    public static String keyOf(TeamId team) {
      return team.toString();
    }

    /**
     * The key of an adviser.
     *
     * @param adviser the adviser
     * @return their id as text
     */
    public static String keyOf(StaffId adviser) {
      return adviser.toString();
    }
  }

  /**
   * The escalations raised in the range that are now in one state.
   *
   * @param state the state
   * @param count how many, as shown
   */
  record EscalationsInState(EscalationStatus state, Count count) {}
}
