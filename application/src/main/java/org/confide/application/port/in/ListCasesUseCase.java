package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
   */
  Outcome<CasePage, StaffRequestFailure> list(SessionToken session, Command command);

  /**
   * Which view, and which page of it.
   *
   * @param view the view
   * @param page the page
   */
  record Command(View view, PageRequest page) {
    public Command {
      Objects.requireNonNull(view, "view must not be null");
      Objects.requireNonNull(page, "page must not be null");
    }

    /** The first page of {@code view}, of {@link #PAGE_SIZE} cases. */
    public static Command firstPage(View view) {
      return new Command(view, PageRequest.first());
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
    ESCALATED
  }

  /**
   * Which page: the first, the one just after the cursor {@code after} (a page's {@link
   * CasePage#next}), or the one just before the cursor {@code before} (a page's {@link
   * CasePage#previous}); and how many cases at most.
   */
  record PageRequest(Optional<String> after, Optional<String> before, int size) {
    public PageRequest {
      Objects.requireNonNull(after, "after must be Optional, not null");
      Objects.requireNonNull(before, "before must be Optional, not null");
    }

    /** The first page, of {@link #PAGE_SIZE} cases. */
    public static PageRequest first() {
      return new PageRequest(Optional.empty(), Optional.empty(), PAGE_SIZE);
    }

    /** The page after {@code cursor}, of {@link #PAGE_SIZE} cases. */
    public static PageRequest after(String cursor) {
      return new PageRequest(Optional.of(cursor), Optional.empty(), PAGE_SIZE);
    }

    /** The page before {@code cursor}, of {@link #PAGE_SIZE} cases. */
    public static PageRequest before(String cursor) {
      return new PageRequest(Optional.empty(), Optional.of(cursor), PAGE_SIZE);
    }

    /** This request for at most {@code size} cases. */
    public PageRequest ofSize(int size) {
      return new PageRequest(after, before, size);
    }
  }

  /**
   * One page of a case list.
   *
   * @param next the cursor of the page after this one, if there are cases after it
   * @param previous the cursor of the page before this one, if there are cases before it
   */
  record CasePage(List<CaseSummary> cases, Optional<String> next, Optional<String> previous) {
    public CasePage {
      cases = List.copyOf(cases);
      Objects.requireNonNull(next, "next must be Optional, not null");
      Objects.requireNonNull(previous, "previous must be Optional, not null");
    }
  }

  /**
   * One row of the case list.
   *
   * @param assignee the assigned adviser's email, if any
   * @param responseDueBy when the team's response is due, if one is awaited
   * @param overdueWorkingDays whole working days past the due time; 0 when not overdue
   * @param workingDaysLeft whole working days from now until the due time; 0 when overdue or when
   *     no response is awaited
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
      boolean escalated) {
    public CaseSummary {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(assignee, "assignee must be Optional, not null");
      Objects.requireNonNull(responseDueBy, "response due by must be Optional, not null");
    }
  }
}
