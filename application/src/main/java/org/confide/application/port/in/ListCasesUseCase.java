package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;

/** An adviser looks at their work, a page at a time. */
public interface ListCasesUseCase {

  /** How many cases a page holds unless the caller asks for fewer. */
  int PAGE_SIZE = 50;

  /** The most cases one page may hold. */
  int MAX_PAGE_SIZE = 100;

  /**
   * One page of the cases in one view that the session's holder may read, oldest first. A cursor
   * that is not one this use case gave, or a size out of range, is {@link Failure.Invalid}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which view, and which page of it
   * @return one page of the list, with the cursors of the pages either side, or why not (one of
   *     {@link StaffRequestFailure})
   */
  Outcome<CasePage, StaffRequestFailure> list(SessionToken session, Command command);

  /**
   * Which view, which page of it, and, if asked for, which team's cases alone and what a search
   * narrows it to. An adviser's views hold the cases of their own teams and of no team; a
   * safeguarding lead's hold every team's. A team that is not a team's id is {@link
   * Failure.Invalid} on {@code team}; a filter that names nothing is {@link Failure.Invalid} on its
   * own name ({@link Search}).
   *
   * @param view the view
   * @param page the page
   * @param team the id of the team to narrow the view to, as written; empty for no narrowing
   * @param search the filters of a search, as written; {@link Search#NONE} for none
   */
  record Command(View view, PageRequest page, Optional<String> team, Search search) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(view, "view must not be null");
      Objects.requireNonNull(page, "page must not be null");
      Objects.requireNonNull(team, "team must be Optional, not null");
      Objects.requireNonNull(search, "search must not be null");
    }

    /**
     * A page of a view, narrowed to a team or not, with no search.
     *
     * @param view the view
     * @param page the page
     * @param team the id of the team to narrow the view to, as written; empty for no narrowing
     */
    public Command(View view, PageRequest page, Optional<String> team) {
      this(view, page, team, Search.NONE);
    }

    /**
     * A page of a view, of every team the holder may see.
     *
     * @param view the view
     * @param page the page
     */
    public Command(View view, PageRequest page) {
      this(view, page, Optional.empty());
    }

    /**
     * The first page of a view, of {@link #PAGE_SIZE} cases.
     *
     * @param view the view
     * @return the command
     */
    public static Command firstPage(View view) {
      return new Command(view, PageRequest.first());
    }
  }

  /**
   * The filters of a case search, each as written and each optional; all given must hold. With
   * {@link View#ALL} they search every case the holder may open, closed ones included.
   *
   * @param reference a case's reference, as shown ({@code K7M2Q-9XF3A}) or typed in any case
   * @param status {@code NEW}, {@code OPEN} or {@code CLOSED}
   * @param assignee the email address of the staff member the cases are assigned to
   * @param outcome the key of an outcome (a retired one too)
   * @param tag the key of a tag (a retired one too)
   * @param from the first day received, {@code YYYY-MM-DD} in the organisation's time zone
   * @param to the last day received, inclusive, not before {@code from}
   */
  record Search(
      Optional<String> reference,
      Optional<String> status,
      Optional<String> assignee,
      Optional<String> outcome,
      Optional<String> tag,
      Optional<String> from,
      Optional<String> to) {

    /** No filter. */
    public static final Search NONE =
        new Search(
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
    public Search {
      Objects.requireNonNull(reference, "reference must be Optional, not null");
      Objects.requireNonNull(status, "status must be Optional, not null");
      Objects.requireNonNull(assignee, "assignee must be Optional, not null");
      Objects.requireNonNull(outcome, "outcome must be Optional, not null");
      Objects.requireNonNull(tag, "tag must be Optional, not null");
      Objects.requireNonNull(from, "from must be Optional, not null");
      Objects.requireNonNull(to, "to must be Optional, not null");
    }
  }

  /** The views of the case list. */
  enum View {
    /** Unassigned and not closed. */
    QUEUE,
    /** Assigned to me and not closed. */
    MINE,
    /** Readable by me, with reporter messages no one on the team has read. */
    UNREAD,
    /** Readable by me, waiting for the team longer than the response target. */
    OVERDUE,
    /** Readable by me, with an open escalation. */
    ESCALATED,
    /**
     * Every case I may open, closed ones included, oldest first: what a search looks through. A
     * case held for safeguarding is in a safeguarding lead's alone.
     */
    ALL
  }

  /**
   * Which page: the first, the one just after the cursor {@code after} (a page's {@link
   * CasePage#next}), or the one just before the cursor {@code before} (a page's {@link
   * CasePage#previous}); and how many cases at most.
   *
   * @param after the cursor of the last row already shown, to page forward; empty otherwise
   * @param before the cursor of the first row already shown, to page back; empty otherwise (at most
   *     one of the two is given)
   * @param size how many cases at most, 1 to {@link #MAX_PAGE_SIZE}
   */
  record PageRequest(Optional<String> after, Optional<String> before, int size) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public PageRequest {
      Objects.requireNonNull(after, "after must be Optional, not null");
      Objects.requireNonNull(before, "before must be Optional, not null");
    }

    /** {@return the first page, of {@link #PAGE_SIZE} cases} */
    public static PageRequest first() {
      return new PageRequest(Optional.empty(), Optional.empty(), PAGE_SIZE);
    }

    /**
     * The page after a cursor, of {@link #PAGE_SIZE} cases.
     *
     * @param cursor a page's {@link CasePage#next}, as given
     * @return the request
     */
    public static PageRequest after(String cursor) {
      return new PageRequest(Optional.of(cursor), Optional.empty(), PAGE_SIZE);
    }

    /**
     * The page before a cursor, of {@link #PAGE_SIZE} cases.
     *
     * @param cursor a page's {@link CasePage#previous}, as given
     * @return the request
     */
    public static PageRequest before(String cursor) {
      return new PageRequest(Optional.empty(), Optional.of(cursor), PAGE_SIZE);
    }

    /**
     * This request for another number of cases.
     *
     * @param size how many cases at most, 1 to {@link #MAX_PAGE_SIZE} (else the list is {@link
     *     Failure.Invalid})
     * @return a new request; this one is unchanged
     */
    public PageRequest ofSize(int size) {
      return new PageRequest(after, before, size);
    }
  }

  /**
   * One page of a case list.
   *
   * @param cases the cases, oldest first
   * @param next the cursor of the page after this one, if there are cases after it
   * @param previous the cursor of the page before this one, if there are cases before it
   */
  record CasePage(List<CaseSummary> cases, Optional<String> next, Optional<String> previous) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public CasePage {
      cases = List.copyOf(cases);
      Objects.requireNonNull(next, "next must be Optional, not null");
      Objects.requireNonNull(previous, "previous must be Optional, not null");
    }
  }

  /**
   * One row of the case list.
   *
   * @param reference the case
   * @param receivedAt when the report arrived
   * @param status new, open or closed
   * @param anonymous whether the reporter is still anonymous
   * @param assignee the assigned adviser's email, if any
   * @param unreadMessages reporter messages no one on the team has read
   * @param responseDueBy when the team's response is due, if one is awaited: counted from when the
   *     wait began, in the calendar and service level in force now, so a holiday added later moves
   *     it
   * @param overdue whether the response is due and not given: true from {@code responseDueBy} on
   * @param overdueWorkingDays whole working days past the due time; 0 when not overdue
   * @param workingDaysLeft whole working days from now until the due time, today not counted; 0
   *     when overdue, when no response is awaited, or when it is due by the end of today
   * @param risk the safeguarding risk assessed
   * @param escalated whether an escalation is open on it
   * @param channel how it reached the adviser who entered it, for a report entered by staff
   */
  record CaseSummary(
      ReportReference reference,
      Instant receivedAt,
      ReportStatus status,
      boolean anonymous,
      Optional<String> assignee,
      int unreadMessages,
      Optional<Instant> responseDueBy,
      boolean overdue,
      int overdueWorkingDays,
      int workingDaysLeft,
      RiskLevel risk,
      boolean escalated,
      Optional<Channel> channel) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public CaseSummary {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(assignee, "assignee must be Optional, not null");
      Objects.requireNonNull(responseDueBy, "response due by must be Optional, not null");
      Objects.requireNonNull(channel, "channel must be Optional, not null");
    }
  }
}
