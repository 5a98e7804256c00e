package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;

/**
 * An administrator or a safeguarding lead pages through the audit trail, newest first; the reading
 * is audited too.
 */
public interface BrowseAuditTrailUseCase {

  /** How many events a page holds unless the command asks for another size. */
  int PAGE_SIZE = 50;

  /** The most events one page may hold. */
  int MAX_PAGE_SIZE = 1000;

  /**
   * One page of the events the command lets through, newest first (by time, then latest appended
   * first). A period that does not start before it ends is {@link Failure.Invalid} on {@code from};
   * a cursor that is no page's {@link AuditPage#next} on {@code after}; a size outside 1 to {@link
   * #MAX_PAGE_SIZE} on {@code limit}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which events, and which page of them
   * @return the page, or why not (one of {@link StaffRequestFailure})
   */
  Outcome<AuditPage, StaffRequestFailure> browse(SessionToken session, Command command);

  /**
   * Which events, and which page of them.
   *
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   * @param action only events of this action, if present
   * @param actor only events by this actor, if present
   * @param subject only events about this report, if present
   * @param after a page's {@link AuditPage#next}, to read the page after it; empty for the newest
   * @param size how many events at most
   */
  record Command(
      Instant from,
      Instant to,
      Optional<AuditAction> action,
      Optional<Actor> actor,
      Optional<ReportReference> subject,
      Optional<String> after,
      int size) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
      Objects.requireNonNull(action, "action must be Optional, not null");
      Objects.requireNonNull(actor, "actor must be Optional, not null");
      Objects.requireNonNull(subject, "subject must be Optional, not null");
      Objects.requireNonNull(after, "after must be Optional, not null");
    }

    /**
     * The newest {@link #PAGE_SIZE} events of a period, whatever they are.
     *
     * @param from the start of the period, inclusive
     * @param to the end of the period, exclusive
     * @return the command
     */
    public static Command between(Instant from, Instant to) {
      return new Command(
          from,
          to,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          PAGE_SIZE);
    }

    /**
     * This command for the page after a cursor.
     *
     * @param cursor a page's {@link AuditPage#next}
     * @return a new command; this one is unchanged
     */
    public Command after(String cursor) {
      return new Command(from, to, action, actor, subject, Optional.of(cursor), size);
    }
  }

  /**
   * One page of audit events.
   *
   * @param events the events, newest first
   * @param next the cursor of the page after this one, if there may be events after it
   */
  record AuditPage(List<AuditEvent> events, Optional<String> next) {
    /**
     * Copies the list.
     *
     * @throws NullPointerException if a component is null
     */
    public AuditPage {
      events = List.copyOf(events);
      Objects.requireNonNull(next, "next must be Optional, not null");
    }
  }
}
