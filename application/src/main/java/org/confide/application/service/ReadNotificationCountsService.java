package org.confide.application.service;

import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadNotificationCountsUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.out.Notifications;
import org.confide.domain.staff.Permission;

/** Reads the outbox's counts for the administrators' page. */
public final class ReadNotificationCountsService implements ReadNotificationCountsUseCase {

  private final Gate gate;
  private final Notifications notifications;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param notifications the outbox
   */
  public ReadNotificationCountsService(Gate gate, Notifications notifications) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.notifications = Objects.requireNonNull(notifications, "notifications");
  }

  @Override
  public Outcome<Counts, StaffDenial> read(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.MANAGE_SERVICE,
        Function.identity(),
        admin -> {
          var counts = notifications.counts();
          return Outcome.done(
              new Counts(
                  counts.waiting(),
                  counts.held(),
                  counts.sent(),
                  counts.givenUp(),
                  counts.notWanted()));
        });
  }
}
