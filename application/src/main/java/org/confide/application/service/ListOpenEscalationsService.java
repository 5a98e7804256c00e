package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.confide.application.port.in.ListOpenEscalationsUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Settings;
import org.confide.domain.safeguarding.EscalationTrigger;
import org.confide.domain.staff.Permission;

/** Lists the escalations waiting for a safeguarding lead's decision. */
public final class ListOpenEscalationsService implements ListOpenEscalationsUseCase {

  private final Gate gate;
  private final Escalations escalations;
  private final Settings settings;
  private final DeadlineMarks deadlineMarks;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param escalations the safeguarding escalations
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   * @param deadlineMarks the missed deadlines already marked, so each is marked once
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public ListOpenEscalationsService(
      Gate gate,
      Escalations escalations,
      Settings settings,
      DeadlineMarks deadlineMarks,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.deadlineMarks = Objects.requireNonNull(deadlineMarks, "deadlineMarks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<List<OpenEscalation>, StaffDenial> list(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.DECIDE_ESCALATIONS,
        Function.identity(),
        staff -> {
          var settings = this.settings.current();
          var now = clock.instant();
          return Outcome.done(
              escalations.open().stream()
                  .map(e -> {
                    var due = settings.targets().acknowledgementDue(e.raisedAt());
                    return new OpenEscalation(
                        e.id(),
                        e.reference(),
                        e.status(),
                        e.raisedAt(),
                        due,
                        e.acknowledgementOverdue(now, due),
                        Optional.of(
                            switch (e.trigger()) {
                              case EscalationTrigger.Automatic automatic ->
                                  "Automatic: " + String.join("; ", automatic.reasons());
                              case EscalationTrigger.ByHand byHand -> "Raised by hand";
                            }),
                        deadlineMarks.of(e.reference()).stream()
                            .filter(m ->
                                m.kind() == DeadlineMarks.Kind.ESCALATION_UNACKNOWLEDGED
                                    && m.subject().equals(e.id().value().toString()))
                            .map(DeadlineMarks.Mark::markedAt)
                            .findFirst());
                  })
                  .toList());
        });
  }
}
