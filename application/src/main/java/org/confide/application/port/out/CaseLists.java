package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.TeamId;

/**
 * The case lists advisers work from, read a page at a time: the store selects, orders and cuts
 * them, so a list costs the same with a hundred cases stored as with a hundred thousand. Rows carry
 * only what a list shows (no report content), and every list is in one order: oldest received
 * first, then by reference.
 */
public interface CaseLists {

  /**
   * The at most {@code limit} cases of {@code selection} nearest to {@code from} in {@code
   * direction}, oldest first. From no position, {@link Direction#FORWARD} starts at the oldest case
   * and {@link Direction#BACKWARD} at the newest. A case at {@code from} itself is never included.
   *
   * @param selection which cases the list holds
   * @param from the position to page from; empty for the first (or, backward, the last) page
   * @param direction which way to page
   * @param limit how many rows at most, not negative
   * @return the rows, oldest first whichever way the page went
   */
  List<CaseRow> page(Selection selection, Optional<Position> from, Direction direction, int limit);

  /**
   * How many cases {@code selection} holds: as many as its pages hold together, counted by the
   * store without reading any of them out (for the metrics of cases open and overdue).
   *
   * @param selection which list
   * @return how many cases it holds; 0 or more
   */
  int count(Selection selection);

  /**
   * Which cases a list holds: those in its scope that meet its condition and its filters, of the
   * teams it looks at, leaving out those its reader is excluded from.
   *
   * @param scope which cases come into question
   * @param condition what they must also meet
   * @param teams which teams' cases
   * @param reader when present, the staff member reading the list: the cases they are excluded from
   *     for a conflict of interest are left out
   * @param filters what a search narrows the list to; {@link Filters#NONE} for no narrowing
   */
  record Selection(
      Scope scope, Condition condition, TeamView teams, Optional<StaffId> reader, Filters filters) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Selection {
      Objects.requireNonNull(scope, "scope must not be null");
      Objects.requireNonNull(condition, "condition must not be null");
      Objects.requireNonNull(teams, "teams must not be null");
      Objects.requireNonNull(reader, "reader must be Optional, not null");
      Objects.requireNonNull(filters, "filters must not be null");
    }

    /**
     * The cases in {@code scope} that meet {@code condition}, of the teams in view, not excluded
     * for {@code reader}, unfiltered.
     *
     * @param scope which cases come into question
     * @param condition what they must also meet
     * @param teams which teams' cases
     * @param reader when present, the staff member reading the list
     */
    public Selection(Scope scope, Condition condition, TeamView teams, Optional<StaffId> reader) {
      this(scope, condition, teams, reader, Filters.NONE);
    }

    /**
     * The cases in {@code scope} that meet {@code condition}, of the teams in view, whoever reads.
     *
     * @param scope which cases come into question
     * @param condition what they must also meet
     * @param teams which teams' cases
     */
    public Selection(Scope scope, Condition condition, TeamView teams) {
      this(scope, condition, teams, Optional.empty());
    }

    /**
     * The cases in {@code scope} that meet {@code condition}, whichever their team.
     *
     * @param scope which cases come into question
     * @param condition what they must also meet
     */
    public Selection(Scope scope, Condition condition) {
      this(scope, condition, TeamView.EVERY_TEAM);
    }
  }

  /**
   * What a search narrows a list to, each filter given or not; all given must hold.
   *
   * @param reference only this case
   * @param status only cases with this status
   * @param assignee only cases assigned to this staff member
   * @param outcome only cases closed with this outcome
   * @param tag only cases closed with this tag
   * @param receivedFrom only cases received at or after this instant
   * @param receivedBefore only cases received before this instant
   */
  record Filters(
      Optional<ReportReference> reference,
      Optional<ReportStatus> status,
      Optional<StaffId> assignee,
      Optional<ChoiceKey> outcome,
      Optional<ChoiceKey> tag,
      Optional<Instant> receivedFrom,
      Optional<Instant> receivedBefore) {

    /** No narrowing. */
    public static final Filters NONE =
        new Filters(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Filters {
      Objects.requireNonNull(reference, "reference must be Optional, not null");
      Objects.requireNonNull(status, "status must be Optional, not null");
      Objects.requireNonNull(assignee, "assignee must be Optional, not null");
      Objects.requireNonNull(outcome, "outcome must be Optional, not null");
      Objects.requireNonNull(tag, "tag must be Optional, not null");
      Objects.requireNonNull(receivedFrom, "received from must be Optional, not null");
      Objects.requireNonNull(receivedBefore, "received before must be Optional, not null");
    }
  }

  /**
   * Which teams' cases a list holds, on top of its scope: need to know by team.
   *
   * @param member when present, only cases with no team or of a team this staff member belongs to,
   *     or assigned to them (an adviser's view); when empty, every team's (a safeguarding lead's)
   * @param team when present, only the cases of this team (a list narrowed to one team)
   */
  record TeamView(Optional<StaffId> member, Optional<TeamId> team) {

    /** Every team's cases, and those with no team: what every list held before teams. */
    public static final TeamView EVERY_TEAM = new TeamView(Optional.empty(), Optional.empty());

    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public TeamView {
      Objects.requireNonNull(member, "member must be Optional, not null");
      Objects.requireNonNull(team, "team must be Optional, not null");
    }
  }

  /** Which cases come into question, following {@code CaseAccess}'s need to know. */
  sealed interface Scope {

    /** Cases not closed and assigned to nobody. */
    record Queue() implements Scope {}

    /**
     * Cases not closed and assigned to {@code adviser}.
     *
     * @param adviser the adviser
     */
    record AssignedTo(StaffId adviser) implements Scope {
      /**
       * Refuses a missing component.
       *
       * @throws NullPointerException if a component is null
       */
      public AssignedTo {
        Objects.requireNonNull(adviser, "adviser must not be null");
      }
    }

    /**
     * Cases with an open escalation (raised or acknowledged), closed or not, that {@code reader}
     * may read: assigned to nobody or to them, or to anyone when {@code readsEveryEscalated}.
     *
     * @param reader the staff member reading
     * @param readsEveryEscalated whether they may read every escalated case (a safeguarding lead)
     */
    record Escalated(StaffId reader, boolean readsEveryEscalated) implements Scope {
      /**
       * Refuses a missing component.
       *
       * @throws NullPointerException if a component is null
       */
      public Escalated {
        Objects.requireNonNull(reader, "reader must not be null");
      }
    }

    /**
     * Cases not closed that {@code reader} may read: assigned to nobody or to them, and, when
     * {@code readsEveryEscalated}, any with an open escalation.
     *
     * @param reader the staff member reading
     * @param readsEveryEscalated whether they may read every escalated case (a safeguarding lead)
     */
    record Readable(StaffId reader, boolean readsEveryEscalated) implements Scope {
      /**
       * Refuses a missing component.
       *
       * @throws NullPointerException if a component is null
       */
      public Readable {
        Objects.requireNonNull(reader, "reader must not be null");
      }
    }

    /** Every case not closed. */
    record Open() implements Scope {}

    /**
     * Every case, closed or not, that {@code reader} may read, as need to know allows one to be
     * opened: assigned to nobody or to them; and, when {@code lead}, any with an escalation (open
     * or decided) and any held for safeguarding. For searching.
     *
     * @param reader the staff member searching
     * @param lead whether they are a safeguarding lead
     */
    record Searchable(StaffId reader, boolean lead) implements Scope {
      /**
       * Refuses a missing component.
       *
       * @throws NullPointerException if a component is null
       */
      public Searchable {
        Objects.requireNonNull(reader, "reader must not be null");
      }
    }
  }

  /** What a case in scope must also meet to be listed. */
  sealed interface Condition {

    /** No further condition. */
    record Any() implements Condition {}

    /** Reporter messages no one on the team has read. */
    record Unread() implements Condition {}

    /**
     * A response awaited ({@code AwaitedResponse}) since before {@code before}: with the cutoff
     * from {@code WorkingCalendar.overdueIfReceivedBefore}, the overdue cases.
     *
     * @param before the cutoff, exclusive
     */
    record AwaitingSinceBefore(Instant before) implements Condition {
      /**
       * Refuses a missing component.
       *
       * @throws NullPointerException if a component is null
       */
      public AwaitingSinceBefore {
        Objects.requireNonNull(before, "before must not be null");
      }
    }
  }

  /** Which way a page goes from its position. */
  enum Direction {
    /** Towards newer cases. */
    FORWARD,
    /** Towards older cases. */
    BACKWARD
  }

  /**
   * A place in a list's order: a case's received time and reference.
   *
   * @param receivedAt when the case arrived
   * @param reference its reference, which orders cases that arrived at the same instant
   */
  record Position(Instant receivedAt, ReportReference reference) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Position {
      Objects.requireNonNull(receivedAt, "received at must not be null");
      Objects.requireNonNull(reference, "reference must not be null");
    }
  }

  /**
   * One case as a list shows it.
   *
   * @param reference the case
   * @param receivedAt when it arrived
   * @param status new, open or closed
   * @param anonymous whether the reporter is still anonymous
   * @param assignee the adviser it is assigned to, if any
   * @param risk the safeguarding risk assessed
   * @param unreadMessages reporter messages no one on the team has read
   * @param awaitingSince since when the reporter has been waiting for the team, if they are
   * @param escalated whether it has an open escalation
   * @param channel how it reached the adviser who entered it, for a report entered by staff
   */
  record CaseRow(
      ReportReference reference,
      Instant receivedAt,
      ReportStatus status,
      boolean anonymous,
      Optional<StaffId> assignee,
      RiskLevel risk,
      int unreadMessages,
      Optional<Instant> awaitingSince,
      boolean escalated,
      Optional<Channel> channel) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code unreadMessages} is negative
     */
    public CaseRow {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(receivedAt, "received at must not be null");
      Objects.requireNonNull(status, "status must not be null");
      Objects.requireNonNull(assignee, "assignee must be Optional, not null");
      Objects.requireNonNull(risk, "risk must not be null");
      Objects.requireNonNull(awaitingSince, "awaiting since must be Optional, not null");
      Objects.requireNonNull(channel, "channel must be Optional, not null");
      if (unreadMessages < 0) {
        throw new IllegalArgumentException("unread messages must not be negative");
      }
    }

    /** {@return where this case stands in a list's order, to page from} */
    public Position position() {
      return new Position(receivedAt, reference);
    }
  }
}
