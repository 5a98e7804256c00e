package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.analytics.Arrival;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.TeamId;

/**
 * The figures of the service dashboard, read from the reports, threads, escalations and teams
 * stored now: times and counts only, never what a report or message says. Reports erased or purged
 * are no longer here (trends still count them).
 */
public interface ServiceFigures {

  /**
   * Every report received from {@code from} (inclusive) to {@code until} (exclusive), with when the
   * case team first wrote to its reporter: the earliest staff message of its thread, whoever sent
   * it and whatever was sent after.
   *
   * @param from the first instant
   * @param until the instant after the last
   * @return one arrival per report, in no particular order
   */
  List<Arrival> firstReplies(Instant from, Instant until);

  /**
   * The cases not closed (and not held for safeguarding), counted by their team and assignee, with
   * how many of them await a response since before {@code overdueBefore}: with the cutoff of {@code
   * ResponseTargets.overdueIfReceivedBefore}, the overdue ones, as the overdue list counts them.
   *
   * @param overdueBefore the cutoff, exclusive
   * @return one row per team and assignee with a case, in no particular order
   */
  List<Workload> workload(Instant overdueBefore);

  /**
   * Every escalation raised from {@code from} (inclusive) to {@code until} (exclusive), where it
   * stands, and when a lead first decided on it (acknowledged, referred or stood down).
   *
   * @param from the first instant
   * @param until the instant after the last
   * @return one per escalation, in no particular order
   */
  List<EscalationTiming> escalations(Instant from, Instant until);

  /**
   * The open cases of one team (or of none) and one assignee (or none: the queue).
   *
   * @param team the cases' team, or empty for cases of no team
   * @param assignee the adviser they are assigned to, or empty for those assigned to nobody
   * @param open how many
   * @param overdue how many of them are overdue, at most {@code open}
   */
  record Workload(Optional<TeamId> team, Optional<StaffId> assignee, int open, int overdue) {
    /**
     * Refuses a missing component and counts that disagree.
     *
     * @throws IllegalArgumentException unless {@code 0 <= overdue <= open}
     */
    public Workload {
      Objects.requireNonNull(team, "team must be Optional, not null");
      Objects.requireNonNull(assignee, "assignee must be Optional, not null");
      if (overdue < 0 || overdue > open) {
        throw new IllegalArgumentException("counts must be 0 <= overdue <= open");
      }
    }
  }

  /**
   * One escalation's times.
   *
   * @param status where it stands now
   * @param raised when it was raised, and when a lead first decided on it, if one has
   */
  record EscalationTiming(EscalationStatus status, Arrival raised) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public EscalationTiming {
      Objects.requireNonNull(status, "status must not be null");
      Objects.requireNonNull(raised, "raised must not be null");
    }
  }
}
