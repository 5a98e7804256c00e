package org.confide.application.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.confide.application.port.in.ListAlertsUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.domain.staff.Permission;

/** Lists pattern alerts, saying to each role only what it needs to know. */
public final class ListAlertsService implements ListAlertsUseCase {

  private final Gate gate;
  private final Patterns patterns;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param patterns stores reports' pattern keys and finds the alerts they make
   */
  public ListAlertsService(Gate gate, Patterns patterns) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.patterns = Objects.requireNonNull(patterns, "patterns");
  }

  @Override
  public Outcome<List<Alert>, StaffDenial> list(SessionToken session) {
    return gate.asStaff(
        session,
        Permission.VIEW_ALERTS,
        Function.identity(),
        staff -> {
          // Kind and dates narrow down who is named; only those who may open the reports see them.
          boolean lead = staff.may(Permission.OPEN_ALERT_REPORTS);
          return Outcome.done(
              patterns.alerts().stream()
                  .map(found -> {
                    var sightings = found.sightings();
                    return new Alert(
                        found.id(),
                        sightings.size(),
                        lead ? Optional.of(found.key().kind()) : Optional.empty(),
                        lead ? Optional.of(sightings.getFirst().receivedAt()) : Optional.empty(),
                        lead ? Optional.of(sightings.getLast().receivedAt()) : Optional.empty());
                  })
                  .toList());
        });
  }
}
