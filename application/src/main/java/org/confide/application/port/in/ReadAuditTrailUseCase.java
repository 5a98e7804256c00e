package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;

/** An administrator reads the audit trail. */
public interface ReadAuditTrailUseCase {

  /**
   * The audit events in the period, oldest first, at most a thousand. A period that does not start
   * before it ends is {@link Failure.Invalid} on {@code from}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which events
   * @return the events, oldest first, or why not (one of {@link StaffRequestFailure})
   */
  Outcome<List<AuditEvent>, StaffRequestFailure> read(SessionToken session, Command command);

  /**
   * Which events.
   *
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   * @param subject the one report the events must be about, if any
   */
  record Command(Instant from, Instant to, Optional<ReportReference> subject) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
      Objects.requireNonNull(subject, "subject must be Optional, not null");
    }

    /**
     * The events of a period, about any report or none.
     *
     * @param from the start of the period, inclusive
     * @param to the end of the period, exclusive; after {@code from}
     * @return the command
     */
    public static Command between(Instant from, Instant to) {
      return new Command(from, to, Optional.empty());
    }

    /**
     * These events, narrowed to one report.
     *
     * @param report the report the events must be about
     * @return a new command; this one is unchanged
     */
    public Command about(ReportReference report) {
      return new Command(from, to, Optional.of(report));
    }
  }
}
